import type { ClaimsLedger } from '@dtr/data';
import type { FramePayload } from '$lib/charts/payload';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import { textSource } from './text-source';

/**
 * A source text of the claims ledger as a chart's source line (author and title, the licence "quoted text"), found by
 * its number (`001`) or by its whole name (`001_16269ce5feefef16`, a claim's `text`).
 */
export function ledgerTextSource(o: {
  ledger: ClaimsLedger;
  text: string;
  locale: Locale;
}): FramePayload['sources'][number] {
  const t = o.ledger.texts.find((x) => x.text === o.text || x.text.startsWith(`${o.text}_`));
  if (!t) throw new Error(`Claims ledger has no text ${o.text}`);
  return {
    ...textSource({ author: t.author, title: t.title, locale: o.locale }),
    url: '',
    licence: messages(o.locale).story.quotedText
  };
}
