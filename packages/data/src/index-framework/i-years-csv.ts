import type { IndexFrameworkTables } from './build-index-framework.ts';
import { writeCsv } from '@dtr/csv';
import { coinMissing } from './coin-missing.ts';

/** The year each iData cell was taken from, in the same layout as iData (NA where the cell is missing). */
export function iYearsCsv(t: IndexFrameworkTables): string {
  const header = ['uCode', ...t.indicators];
  return writeCsv({ header, rows: t.units.map((u, i) => [u.code, ...t.years[i]].map(coinMissing)) });
}
