import type { Locale } from '$lib/i18n/locale';

/** A rank as words put it: en "6th", zh "第6". */
export function ordinal(n: number, locale: Locale): string {
  if (locale === 'zh') return `第${n}`;
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}
