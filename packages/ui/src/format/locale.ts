/** The report's two locales; `zh` renders as simplified Chinese (zh-CN). */
export type Locale = 'en' | 'zh';

/** BCP 47 tag passed to Intl for a report locale. */
export function intlLocale(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}
