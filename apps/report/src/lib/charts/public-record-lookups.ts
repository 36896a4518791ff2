import type { PublicRecord } from '@dtr/data';
import { formatDate } from '@dtr/ui';
import type { Locale } from '$lib/i18n/locale';

/** `{calc:record.<id>}` for each public-record fact: its date to the month, as the locale writes it ("Oct 2017", "2017年10月"). */
export function publicRecordLookups({
  records,
  locale
}: {
  records: readonly PublicRecord[];
  locale: Locale;
}): Record<string, string> {
  return Object.fromEntries(records.map((r) => [`record.${r.id}`, formatDate(r.date, { locale, precision: 'month' })]));
}
