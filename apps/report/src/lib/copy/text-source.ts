import { foreignLang, type Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';

/**
 * A source text named as the ledger gives it — author and title in the text's own language (English for the five
 * seeds), marked with `lang` on a Chinese page — or, when the text names neither, "unsigned text" in the reader's words.
 */
export function textSource(o: { author: string; title: string; locale: Locale; language?: Locale }): {
  label: string;
  lang?: string;
  /** The author alone, or "unsigned text": for a line in the reader's language, such as a citation. */
  short: string;
} {
  const t = messages(o.locale).story;
  const stated = (v: string) => Boolean(v) && v !== 'not stated';
  const parts = [o.author, o.title].filter(stated);
  const short = stated(o.author) ? o.author : t.unsignedText;
  if (parts.length === 0) return { label: t.unsignedText, short };
  return { label: parts.join(', '), lang: foreignLang({ page: o.locale, text: o.language ?? 'en' }), short };
}
