import type { IndexFrameworkTables } from './build-index-framework.ts';
import { csvCell } from './csv-cell.ts';

/** The year each iData cell was taken from, in the same layout as iData (NA where the cell is missing). */
export function iYearsCsv(t: IndexFrameworkTables): string {
  const header = ['uCode', ...t.indicators];
  const rows = t.units.map((u, i) => [u.code, ...t.years[i]].map(csvCell).join(','));
  return [header.join(','), ...rows].join('\n') + '\n';
}
