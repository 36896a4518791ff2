import type { Locale } from './locale.ts';

/** A year as written in running text: "2023" in English, "2023年" in Chinese (no digit grouping in either). */
export function formatYear(year: number, options: { locale: Locale }): string {
  return options.locale === 'zh' ? `${year}年` : String(year);
}
