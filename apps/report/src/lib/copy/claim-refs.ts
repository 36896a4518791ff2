import type { ClaimsLedger } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { claimFigure } from './claim-figure';

const qualifiers: Record<string, Record<Locale, string>> = {
  about: { en: 'about ', zh: '约' },
  'more than': { en: 'more than ', zh: '超过' },
  'less than': { en: 'less than ', zh: '不足' }
};

/**
 * `{claim:id}` → the claim's value as its text states it, with the text's own hedge ("more than"), or the name a named
 * claim states ("CPTPP");
 * `{claim:id.year}` → the year the claim is about, so copy never types a year the ledger holds.
 */
export function claimRefs(ledger: ClaimsLedger, locale: Locale): Map<string, string> {
  return new Map([
    ...ledger.claims.map((c): [string, string] => [
      c.id,
      (c.qualifier && qualifiers[c.qualifier] ? qualifiers[c.qualifier][locale] : '') +
        claimFigure({ claim: c, locale })
    ]),
    ...ledger.claims.filter((c) => c.year !== null).map((c): [string, string] => [`${c.id}.year`, String(c.year)])
  ]);
}
