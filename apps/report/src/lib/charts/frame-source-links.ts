import type { FramePayload } from './payload';

/** A chart's source lines as its frame, SVG and CSV print them: dataset, then the source's own licence. */
export function frameSourceLinks(chart: Pick<FramePayload, 'sources'>): { label: string; href: string }[] {
  return chart.sources.map((s) => ({ label: `${s.label} · ${s.licence}`, href: s.url }));
}
