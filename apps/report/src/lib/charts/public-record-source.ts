import type { PublicRecord } from '@dtr/data';
import { formatDate } from '@dtr/ui';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { FramePayload } from './payload';

/**
 * A public-record fact as a chart's source line: publisher and the document's title (in the reader's language where
 * it has one, else its own) with its link; where no official page could be checked (`url` absent), the record's date
 * instead, so the line still names publisher, title and date. The licence is the publisher's own terms.
 */
export function publicRecordSource({
  record,
  locale
}: {
  record: PublicRecord;
  locale: Locale;
}): FramePayload['sources'][number] {
  const own = locale === 'en' || record.title.lang === locale;
  const title = locale === 'en' ? record.title.en : own ? `《${record.title.original}》` : record.title.original;
  const date = record.url ? [] : [formatDate(record.date, { locale })];
  const sep = locale === 'en' ? ', ' : '，';
  return {
    label: [record.publisher[locale], title, ...date].join(sep),
    url: record.url ?? '',
    licence: messages(locale).site.sourceTerms,
    short: record.publisher[locale]
  };
}
