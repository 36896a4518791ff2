import type { Locale } from '../locale';
import { en, type Messages } from './en';
import { zh } from './zh';

export type { Messages };

const catalogues: Record<Locale, Messages> = { en, zh };

/** Every word of the site's pages outside the story copy, in the reader's locale. */
export function messages(locale: Locale): Messages {
  return catalogues[locale];
}
