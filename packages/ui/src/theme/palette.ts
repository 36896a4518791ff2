// Light-theme fallbacks used inside var(); the themes themselves live in theme.css.
const series = ['#0072b2', '#c24e00', '#007a5e', '#a2417f', '#5c4400', '#5a4fcf', '#6b6b6b', '#0f7c8c'];
const sequential = ['#e3eef8', '#b3d2ec', '#6fa8d6', '#2e78b7', '#0b4a85'];

/** CSS colour for the i-th series (wraps after 8), themable through `--dtr-series-1..8`. */
export function seriesColor(i: number): string {
  const k = ((i % 8) + 8) % 8;
  return `var(--dtr-series-${k + 1}, ${series[k]})`;
}

/** CSS colour for the i-th step (0–4) of the sequential scale, themable through `--dtr-seq-1..5`. */
export function sequentialColor(i: number): string {
  const k = Math.max(0, Math.min(4, i));
  return `var(--dtr-seq-${k + 1}, ${sequential[k]})`;
}

/** Text colour that keeps 4.5:1 contrast on sequential step i, through `--dtr-on-seq-1..5`. */
export function onSequentialColor(i: number): string {
  const k = Math.max(0, Math.min(4, i));
  return `var(--dtr-on-seq-${k + 1}, ${k >= 3 ? '#ffffff' : '#1a1a1a'})`;
}

export const fg = 'var(--dtr-fg, #1a1a1a)';
export const fgMuted = 'var(--dtr-fg-muted, #5f6368)';
export const bg = 'var(--dtr-bg, #ffffff)';
export const grid = 'var(--dtr-grid, #dadce0)';
export const neutral = 'var(--dtr-neutral, #c9ccd1)';
