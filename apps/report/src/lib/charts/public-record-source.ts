import type { PublicRecord } from '@dtr/data';
import { formatDate } from '@dtr/ui';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { FramePayload } from './payload';

/**
 * A public-record fact as a chart's source line: publisher and the document's title (in English on an English page;
 * on a Chinese page its Chinese title, or "report in another language" for an English-language report) with its link; where no official page could be checked (`url` absent), the record's date
 * instead, so the line still names publisher, title and date. The licence is the publisher's own terms.
 */
export function publicRecordSource({
  record,
  locale
}: {
  record: PublicRecord;
  locale: Locale;
}): FramePayload['sources'][number] {
  const t = messages(locale).site;
  // A title in another language than the page is not shown on it (the English edition and the sources page carry it):
  // the line says what it links to in the reader's words.
  const title =
    locale === 'en' ? record.title.en : record.title.lang === locale ? `《${record.title.original}》` : t.foreignReport;
  const date = record.url ? [] : [formatDate(record.date, { locale })];
  return {
    label: [record.publisher[locale], title, ...date].join(t.citationSeparator),
    url: record.url ?? '',
    licence: t.sourceTerms,
    short: record.publisher[locale]
  };
}
