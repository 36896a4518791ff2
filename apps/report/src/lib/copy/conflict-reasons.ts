import type { ClaimsLedger } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';

/** The reasons a claims-ledger conflict group gives, in the reader's words: "different definitions; …". */
export function conflictReasons(ledger: ClaimsLedger, group: string, locale: Locale): string {
  const g = ledger.conflicts.find((c) => c.id === group);
  if (!g) throw new Error(`The claims ledger has no conflict group "${group}"`);
  const t = messages(locale);
  return g.reasons.map((r) => t.claims.reasons[r] ?? r).join(t.site.clauseSeparator);
}
