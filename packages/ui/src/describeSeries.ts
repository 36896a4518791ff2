import type { Series, UnitSpec } from './chart/types.ts';
import type { Locale } from './format/locale.ts';
import { formatNumber } from './format/formatNumber.ts';
import { formatYear } from './format/formatYear.ts';

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
      if (known.length === 0) return locale === 'zh' ? `${s.label}无数据。` : `${s.label}: no data.`;
      const first = known[0];
      const last = known[known.length - 1];
      const a = show(first.y as number);
      const b = show(last.y as number);
      const y0 = formatYear(first.x, { locale });
      const y1 = formatYear(last.x, { locale });
      if (known.length === 1) return locale === 'zh' ? `${s.label}${y0}为${a}。` : `${s.label} was ${a} in ${y0}.`;
      const dir = Math.sign((last.y as number) - (first.y as number));
      if (locale === 'zh') {
        const verb = dir > 0 ? '增至' : dir < 0 ? '降至' : '持平于';
        return `${s.label}从${y0}的${a}${verb}${y1}的${b}。`;
      }
      if (a === b) return `${s.label} was ${a} in both ${y0} and ${y1}.`;
      const verb = dir > 0 ? 'rose' : 'fell';
      return `${s.label} ${verb} from ${a} in ${y0} to ${b} in ${y1}.`;
    })
    .join(locale === 'zh' ? '' : ' ');
}
