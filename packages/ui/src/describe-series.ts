import { labels } from './labels.ts';
import type { Series, UnitSpec } from './chart/types.ts';
import type { Locale } from './format/locale.ts';
import { formatNumber } from './format/format-number.ts';
import { formatYear } from './format/format-year.ts';

/**
 * A one-sentence-per-series text description for screen readers, e.g.
 * "China's exports rose from 56 bn US$ in 2010 to 216 bn US$ in 2023."
 * Uses each series' first and last non-missing points.
 */
export function describeSeries({
  series,
  locale,
  unit,
  scale,
  format
}: { series: Series[]; locale: Locale; format?: (value: number) => string } & UnitSpec): string {
  const show = format ?? ((v: number) => formatNumber(v, { locale, unit, scale }));
  return series
    .map((s) => {
      const known = s.points.filter((p) => p.y != null && Number.isFinite(p.y));
      const t = labels[locale];
      if (known.length === 0) return t.seriesNoData({ label: s.label });
      const first = known[0];
      const last = known[known.length - 1];
      const a = show(first.y as number);
      const b = show(last.y as number);
      const y0 = formatYear(first.x, { locale });
      const y1 = formatYear(last.x, { locale });
      if (known.length === 1) return t.seriesOne({ label: s.label, value: a, year: y0 });
      const dir = Math.sign((last.y as number) - (first.y as number));
      return t.seriesChange({ label: s.label, from: a, to: b, y0, y1, dir });
    })
    .join(labels[locale].sentenceGap);
}
