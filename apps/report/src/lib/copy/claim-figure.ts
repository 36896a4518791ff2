import type { ClaimRecord } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { formatClaimValue } from './format-claim';

/**
 * What a claim states, for the reader: its value as the text prints it (`formatClaimValue`), or, for a named claim
 * (no value, unit `agreement`), the name the text gives (`subject`: "CPTPP").
 */
export function claimFigure({
  claim,
  locale
}: {
  claim: Pick<ClaimRecord, 'id' | 'value' | 'unit' | 'subject'>;
  locale: Locale;
}): string {
  if (claim.value !== null) return formatClaimValue(claim.value, claim.unit, locale);
  if (!claim.subject) throw new Error(`Claim ${claim.id} has no value and no subject to name`);
  return claim.subject;
}
