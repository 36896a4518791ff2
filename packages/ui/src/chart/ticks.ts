import { textWidth } from './textWidth.ts';

/** How many ticks fit along an axis of `length` px with labels `spacing` px apart (at least 2). */
export function tickCount(length: number, spacing = 80): number {
  return Math.max(2, Math.floor(length / spacing));
}

/** Integer year ticks between the domain ends, about `count` of them, on "nice" steps (1, 2, 5, 10…). */
export function yearTicks([start, end]: [number, number], count: number): number[] {
  const span = Math.max(1, end - start);
  const raw = span / Math.max(1, count);
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => s >= raw) ?? 100;
  const first = Math.ceil(start / step) * step;
  const ticks: number[] = [];
  for (let y = first; y <= end; y += step) ticks.push(y);
  return ticks;
}

/**
 * Ticks of a continuous scale for a horizontal axis of `length` px: the most ticks whose formatted labels are
 * distinct and at least `gap` px apart, so labels such as "1.1 trillion" never overlap or repeat.
 */
export function fitTicks(
  scale: { ticks: (count: number) => number[] },
  {
    length,
    format,
    gap = 12,
    fontSize = 12
  }: { length: number; format: (value: number) => string; gap?: number; fontSize?: number }
): number[] {
  for (let count = Math.max(2, Math.floor(length / 40)); count > 2; count--) {
    const ticks = scale.ticks(count);
    const labels = ticks.map(format);
    const widest = Math.max(...labels.map((l) => textWidth(l, fontSize)));
    const step = ticks.length > 1 ? length / (ticks.length - 1) : length;
    if (new Set(labels).size === labels.length && step >= widest + gap) return ticks;
  }
  return scale.ticks(2);
}
