import { intlLocale, type Locale } from './locale.ts';

/**
 * Formats an ISO date (YYYY-MM or YYYY-MM-DD) as written in each locale: en "Jun 2015" / "Jun 12, 2023",
 * zh "2015年6月" / "2023年6月12日". Read in UTC so the day never shifts with the reader's time zone.
 */
export function formatDate(iso: string, options: { locale: Locale; precision?: 'month' | 'day' }): string {
  const [y, m = 1, d = 1] = iso.split('-').map(Number);
  const precision = options.precision ?? (iso.length > 7 ? 'day' : 'month');
  return new Intl.DateTimeFormat(intlLocale(options.locale), {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    ...(precision === 'day' ? { day: 'numeric' } : {})
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
