import type { Locale } from '../format/locale.ts';
import { labels } from '../labels.ts';

/** The records a chart's CSV ends with: its sources and its licence, labelled in the chart's locale. */
export function csvFooter(o: { sources: { label: string }[]; licence: { label: string }; locale: Locale }): string[][] {
  const t = labels[o.locale];
  return [
    [o.sources.length > 1 ? t.sources : t.source, o.sources.map((s) => s.label).join('; ')],
    [t.licence, o.licence.label]
  ];
}
