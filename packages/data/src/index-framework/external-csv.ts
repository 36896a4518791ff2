import type { IndexFrameworkTables } from './build-index-framework.ts';
import { writeCsv } from '@dtr/csv';
import { coinMissing } from './coin-missing.ts';

/** `index/external.csv`: the external measures of each ranked unit, with the year of each value (NA = missing). */
export function externalCsv(t: IndexFrameworkTables): string {
  const header = ['uCode', ...t.external.codes, ...t.external.codes.map((c) => `${c}_year`)];
  const rows = t.units.map((u, i) => [u.code, ...t.external.values[i], ...t.external.years[i]].map(coinMissing));
  return writeCsv({ header, rows });
}
