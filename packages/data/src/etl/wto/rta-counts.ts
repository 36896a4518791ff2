import type { Observation } from '../observation.ts';
import type { Rta } from '../read/read-wto-rtas.ts';
import { rtaEntryDate } from './rta-entry-date.ts';

/** Statuses of agreements that entered into force (the rest are early announcements). */
const ENTERED = new Set(['In Force', 'In force for at least one Party', 'Inactive']);

/**
 * Agreements in force on 31 December of each year, for the world and for each of `parties` (ISO3 → the WTO's name) as a direct signatory
 * (with its own entry and exit dates where the file gives them). Accession rows are skipped: the agreement they join
 * is already counted, with the new party's own entry date.
 */
export function rtaCounts(options: { rtas: readonly Rta[]; parties: Readonly<Record<string, string>>; years: { first: number; last: number }; file: string }): Observation[] {
  const counted = options.rtas.filter((r) => ENTERED.has(r.status.trim()) && !r.accession && rtaEntryDate(r) !== null);
  const out: Observation[] = [];
  for (let year = options.years.first; year <= options.years.last; year += 1) {
    const date = `${year}-12-31`;
    const live = counted.filter((r) => (rtaEntryDate(r) as string) <= date && (r.inactive === null || r.inactive > date));
    out.push({ entity: 'WLD', year, value: live.length, file: options.file, line: 0 });
    for (const [entity, name] of Object.entries(options.parties)) {
      const value = live.filter((r) => {
        if (!r.signatories.includes(name)) return false;
        const own = r.specificDates[name];
        return (own?.entry == null || own.entry <= date) && (own?.exit == null || date <= own.exit);
      }).length;
      out.push({ entity, year, value, file: options.file, line: 0 });
    }
  }
  return out;
}
