import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import { chartCitation } from './citation';
import { chartSources } from './chart-sources';
import type { FramePayload } from './payload';

/**
 * The frame of one chart: its words from the copy, source lines and citation from the manifest, and the CSV of
 * exactly what it shows (`columns` are keys of `copy.columns`, in order).
 */
export function sectionFrame(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  sourceIds: string[];
  columns: string[];
  rows: FramePayload['rows'];
  /** Sources outside the manifest, e.g. the seed texts a chart codes. */
  extraSources?: FramePayload['sources'];
}): FramePayload {
  const sources = [...chartSources(o.manifest, o.sourceIds), ...(o.extraSources ?? [])];
  return {
    id: o.id,
    edition: o.manifest.edition,
    locale: o.locale,
    title: o.copy.title,
    subtitle: o.copy.subtitle,
    description: o.copy.description,
    notes: o.copy.notes,
    columns: o.columns.map((key) => ({ key, label: (o.copy.columns ?? {})[key] ?? key })),
    rows: o.rows,
    sources,
    citation: chartCitation({
      locale: o.locale,
      edition: o.manifest.edition,
      id: o.id,
      title: o.copy.title,
      sources: sources.map((s) => `${s.label}, ${s.licence}`)
    })
  };
}
