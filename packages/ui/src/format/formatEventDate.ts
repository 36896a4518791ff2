import { formatDate } from './formatDate.ts';
import { formatYear } from './formatYear.ts';
import type { Locale } from './locale.ts';

/**
 * An event's date no more precise than it is given: a year ("2017", "2017年") stays a year (formatDate would invent a
 * January), other dates are written as formatDate writes them, to `precision` at most.
 */
export function formatEventDate(date: string, options: { locale: Locale; precision?: 'month' | 'day' }): string {
  return date.length === 4 ? formatYear(Number(date), options) : formatDate(date, options);
}
