import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';

/** A rank as words put it: en "6th", zh "第6". */
export function ordinal(n: number, locale: Locale): string {
  return messages(locale).story.ordinal({ n });
}
