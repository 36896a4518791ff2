import type { ClaimsLedger } from '@dtr/data';

/** `{calc:year.<claim-id>}` → the year a claim refers to, so copy never types a dated claim's year by hand. */
export function claimYears(ledger: ClaimsLedger): Record<string, string> {
  return Object.fromEntries(ledger.claims.filter((c) => c.year !== null).map((c) => [`year.${c.id}`, String(c.year)]));
}
