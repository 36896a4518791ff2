import { intlLocale, type Locale } from './locale.ts';

type Precision = 'year' | 'month' | 'day';
const ORDER: Precision[] = ['year', 'month', 'day'];

/**
 * Formats an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as written in each locale: en "2018" / "Jun 2015" /
 * "Jun 12, 2023", zh "2018年" / "2015年6月" / "2023年6月12日". `precision` is the most a caller wants shown; a date
 * is never written more precisely than its ISO string (a year stays a year, never "Jan 2018"). Read in UTC so the
 * day never shifts with the reader's time zone.
 */
export function formatDate(iso: string, options: { locale: Locale; precision?: Precision }): string {
  const parts = iso.split('-').map(Number);
  const known = ORDER[Math.min(parts.length, ORDER.length) - 1];
  const wanted = options.precision ?? known;
  const precision = ORDER[Math.min(ORDER.indexOf(known), ORDER.indexOf(wanted))];
  const [y, m = 1, d = 1] = parts;
  return new Intl.DateTimeFormat(intlLocale(options.locale), {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision === 'year' ? {} : { month: 'short' }),
    ...(precision === 'day' ? { day: 'numeric' } : {})
  }).format(new Date(Date.UTC(y, m - 1, d)));
}
