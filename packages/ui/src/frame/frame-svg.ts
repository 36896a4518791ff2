import { serializeSvg } from './serialize-svg.ts';

/** The chart as a self-contained SVG file (the layout shown, shared drawings copied in): title, subtitle, the chart, then the footer lines (notes, sources, licence,
 * citation) as the frame shows them. */
export function frameSvg(frame: HTMLElement): string | null {
  // The layout the reader sees (an embed prerenders several, container queries show one), else the first.
  const layouts = [...frame.querySelectorAll<SVGSVGElement>('.chart svg')];
  const svg = layouts.find((s) => s.getClientRects().length > 0) ?? layouts[0];
  if (!svg) return null;
  const text = (selector: string) => frame.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const style = getComputedStyle(frame);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return serializeSvg(svg, {
    title: text('.title'),
    subtitle: text('.subtitle') || undefined,
    footer: [...frame.querySelectorAll('footer p')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    background: v('--dtr-bg', '#ffffff'),
    foreground: v('--dtr-fg', '#1a1a1a'),
    muted: v('--dtr-fg-muted', '#5f6368')
  });
}
