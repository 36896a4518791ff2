import { tickStep } from 'd3-array';
import type { Locale } from '../format/locale.ts';

// The units a reader of each locale counts in (formatNumber's steps): 万 / 亿 / 万亿, million / bn / trillion.
const units: Record<Locale, number[]> = { zh: [1e12, 1e8, 1e4], en: [1e12, 1e9, 1e6] };

/**
 * Value-axis ticks on the locale's own steps: a nice step (1, 2 or 5 × 10ⁿ) counted in the unit the largest tick is
 * written in (4万 → steps of 1万, 5000万 or 2000万; 4 bn → steps of 1 bn or 500 million), about `count` of them. With a
 * label formatter, the step grows until every label is distinct, so an axis never reads "4万, 3万, 3万".
 * `scale` turns stored values into units, as in formatNumber.
 */
export function localeTicks({
  domain: [lo, hi],
  count,
  locale,
  scale = 1,
  format
}: {
  domain: [number, number];
  count: number;
  locale: Locale;
  scale?: number;
  format?: (value: number) => string;
}): number[] {
  const [a, b] = [Math.min(lo, hi) * scale, Math.max(lo, hi) * scale];
  const top = Math.max(Math.abs(a), Math.abs(b));
  const unit = units[locale].find((u) => top >= u * 0.9995) ?? 1;
  let previous = -1;
  for (let c = Math.max(1, count); c >= 1; c--) {
    const step = tickStep(a / unit, b / unit, c);
    if (!(step > 0) || step === previous) continue;
    previous = step;
    const ticks: number[] = [];
    for (let k = Math.ceil(a / unit / step - 1e-9); k * step <= b / unit + 1e-9; k++) {
      // Rounded to the step's decimals so 0.1 + 0.2 style drift never reaches a label.
      ticks.push((Number((k * step).toPrecision(12)) * unit) / scale);
    }
    if (!format || new Set(ticks.map(format)).size === ticks.length) return ticks;
  }
  return [lo, hi];
}
