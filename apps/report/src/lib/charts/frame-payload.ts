import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import { messages } from '$lib/i18n/messages';
import { chartCitation } from './citation';
import { chartSources } from './chart-sources';
import { frameLicence } from './frame-licence';
import type { FramePayload, ValueFormat } from './payload';

export interface FrameInput {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  /** Edition sources (manifest ids) the chart's data comes from. */
  sourceIds: string[];
  /** Sources outside the edition (the source texts), listed after the edition's. */
  extraSources?: FramePayload['sources'];
  /** CSV column keys in order; labels come from `copy.columns`. */
  columns: string[];
  /** Columns whose values are not in the chart's language: the whole column (`lang`) or per row (`langKey`). */
  columnLangs?: Record<string, { lang?: string; langKey?: string }>;
  rows: FramePayload['rows'];
  format?: ValueFormat;
}

/** The frame of a chart with a value format and sources beyond the edition: words, CSV, source lines, citation. */
export function framePayload(o: FrameInput): FramePayload {
  const sources: FramePayload['sources'] = [
    ...chartSources({ manifest: o.manifest, sourceIds: o.sourceIds, locale: o.locale }),
    ...(o.extraSources ?? [])
  ];
  const licence = frameLicence({ manifest: o.manifest, sourceIds: o.sourceIds, locale: o.locale });
  return {
    id: o.id,
    edition: o.manifest.edition,
    locale: o.locale,
    title: o.copy.title,
    subtitle: o.copy.subtitle,
    description: o.copy.description,
    notes: o.copy.notes,
    columns: o.columns.map((key) => ({ key, label: (o.copy.columns ?? {})[key] ?? key, ...o.columnLangs?.[key] })),
    rows: o.rows,
    sources,
    licence,
    citation: chartCitation({
      locale: o.locale,
      edition: o.manifest.edition,
      id: o.id,
      title: o.copy.title,
      // A title in another language than the citation is left to the source line; the citation names the author.
      sources: sources.map((s) =>
        messages(o.locale).story.citedSource({ label: s.lang && s.short ? s.short : s.label, licence: s.licence })
      ),
      licence: licence.short
    }),
    ...(o.format ? { format: o.format } : {})
  };
}
