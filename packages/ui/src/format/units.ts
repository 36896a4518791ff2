import type { Locale } from './locale.ts';

// Currency codes read as words in Chinese (2163亿美元), but stay codes in English (216 bn US$).
const unitNames: Record<string, Record<Locale, string>> = {
  US$: { en: 'US$', zh: '美元' },
  USD: { en: 'US$', zh: '美元' },
  CNY: { en: 'CNY', zh: '元' },
  RMB: { en: 'CNY', zh: '元' }
};

/** The unit as written in a locale; unknown units pass through unchanged. */
export function unitLabel(unit: string, locale: Locale): string {
  return unitNames[unit]?.[locale] ?? unit;
}
