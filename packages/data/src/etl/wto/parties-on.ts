import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { iso3FromName } from '../../entities/iso3-from-name.ts';
import type { Rta } from '../read/read-wto-rtas.ts';
import { rtaEntryDate } from './rta-entry-date.ts';

export interface PartiesOnOptions {
  rta: Rta;
  /** ISO date. */
  date: string;
  /** Every agreement of the file by id, to look up blocs' own agreements. */
  byId: ReadonlyMap<number, Rta>;
  /** Bloc name as a signatory → RTA id of the bloc's own agreement (EU Treaty, EFTA Convention, AFTA…). */
  blocs: Readonly<Record<string, number>>;
  countryOverrides: Readonly<Record<string, string>>;
  file: string;
}

/**
 * ISO3 codes of an agreement's parties on `date`: a bloc among the signatories is replaced by the members of the
 * bloc's own agreement in the file that were members on that date (the bloc's entry into force, or the member's own
 * entry date, up to its exit date: the "Specific Entry/Exit dates" column), and a party's own entry or exit dates in
 * the agreement itself apply too. A name without an ISO3 is an error naming the row.
 */
export function partiesOn(options: PartiesOnOptions): string[] {
  const { rta, date } = options;
  const codes = new Set<string>();
  const inForce = (dates: { entry: string | null; exit: string | null } | undefined, start: string | null) => {
    const entry = dates?.entry ?? start;
    return (entry === null || entry <= date) && (dates?.exit == null || date <= dates.exit);
  };
  // A party that has left (e.g. the United Kingdom from EU agreements) is only in the specific dates.
  for (const name of new Set([...rta.signatories, ...Object.keys(rta.specificDates)])) {
    if (!inForce(rta.specificDates[name], null)) continue;
    const blocId = options.blocs[name.trim()];
    if (blocId === undefined) {
      codes.add(code(name, rta, options));
      continue;
    }
    const bloc = options.byId.get(blocId);
    if (!bloc)
      throw new DataError({ file: options.file, row: rta.row, column: 'Current signatories', expected: `the bloc's own agreement (RTA ID ${blocId}) for ${showValue(name)}`, got: 'no such RTA ID' });
    const members = new Set([...bloc.signatories, ...Object.keys(bloc.specificDates)]);
    for (const member of members) {
      if (inForce(bloc.specificDates[member], rtaEntryDate(bloc)) && inForce(rta.specificDates[member], null))
        codes.add(code(member, bloc, options));
    }
  }
  return [...codes].sort();
}

function code(name: string, rta: Rta, options: PartiesOnOptions): string {
  const iso3 = iso3FromName({ name, overrides: options.countryOverrides });
  if (!iso3)
    throw new DataError({ file: options.file, row: rta.row, column: 'Current signatories', expected: 'a party name with an ISO3 code (config/names.data-trade.json)', got: showValue(name) });
  return iso3;
}
