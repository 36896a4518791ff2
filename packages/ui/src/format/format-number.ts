import { intlLocale, type Locale } from './locale.ts';
import { numberFormat } from './number-format.ts';
import { unitLabel } from './units.ts';

export interface FormatNumberOptions {
  locale: Locale;
  /** Unit appended after the number: "216 bn US$", "2163亿美元". */
  unit?: string;
  /** Multiplier turning the stored value into units (1e6 when the data is in millions). */
  scale?: number;
  /** Fraction digits; by default 1 below 10 and 0 above, after compacting. */
  digits?: number;
  /** Compact large numbers (bn / 亿); true by default. */
  compact?: boolean;
  /** English steps abbreviated for tight labels (map tiles): "1.4 tn", "495 m" (Economist and FT style). */
  abbreviated?: boolean;
}

// English newsroom style (Economist, Reuters): "bn" but "trillion" spelled out.
const enSteps: [number, string][] = [
  [1e12, ' trillion'],
  [1e9, ' bn'],
  [1e6, ' million']
];
// Chinese groups by myriads: 万 (1e4), 亿 (1e8), 万亿 (1e12), as Intl's zh-CN compact notation does.
const enShortSteps: [number, string][] = [
  [1e12, ' tn'],
  [1e9, ' bn'],
  [1e6, ' m']
];
const zhSteps: [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万']
];

/** Formats a number for the report's locales: en "216 bn", "2.1 trillion"; zh "2163亿", "2.1万亿". */
export function formatNumber(value: number | null | undefined, options: FormatNumberOptions): string {
  if (value == null || !Number.isFinite(value)) return options.locale === 'zh' ? '无数据' : 'n/a';
  const { locale, unit, scale = 1, digits, compact = true, abbreviated = false } = options;
  const raw = value * scale;
  const steps = locale === 'zh' ? zhSteps : abbreviated ? enShortSteps : enSteps;
  const step = compact ? steps.find(([size]) => Math.abs(raw) >= size * 0.9995) : undefined;
  const shown = step ? raw / step[0] : raw;
  const fraction = digits ?? (Math.abs(shown) < 10 && !Number.isInteger(shown) ? 1 : 0);
  const number = numberFormat({
    tag: intlLocale(locale),
    options: {
      maximumFractionDigits: fraction,
      minimumFractionDigits: digits ?? 0,
      // Chinese writes the myriad-grouped mantissa without separators (2163亿), as Intl's compact notation does.
      useGrouping: !(locale === 'zh' && compact)
    }
  })
    .format(shown)
    // Typeset minus (U+2212), as in print: Intl writes the ASCII hyphen-minus for both locales.
    .replace('-', '\u2212');
  const text = number + (step ? step[1] : '');
  if (!unit) return text;
  return locale === 'zh' ? text + unitLabel(unit, locale) : `${text} ${unitLabel(unit, locale)}`;
}
