import { intlLocale, type Locale } from './locale.ts';
import { numberFormat } from './number-format.ts';

/** Formats a share given as a fraction (0.263 → "26.3%", −0.05 → "−5%"); `digits` fraction digits, 1 by default. */
export function formatPercent(value: number | null | undefined, options: { locale: Locale; digits?: number }): string {
  if (value == null || !Number.isFinite(value)) return options.locale === 'zh' ? '无数据' : 'n/a';
  const digits = options.digits ?? 1;
  return (
    numberFormat({
      tag: intlLocale(options.locale),
      options: { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: 0 }
    })
      .format(value)
      // Typeset minus (U+2212), as formatNumber writes it.
      .replace('-', '\u2212')
  );
}
