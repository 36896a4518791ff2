import type { ClaimsLedger } from '@dtr/data';

/** `{calc:<claim id>.year}` → the year a claim is about, so copy never types a year the ledger holds. */
export function claimYears(ledger: ClaimsLedger): Record<string, string> {
  return Object.fromEntries(ledger.claims.filter((c) => c.year != null).map((c) => [`${c.id}.year`, String(c.year)]));
}
