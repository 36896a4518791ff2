import type { IndexFrameworkTables } from './build-index-framework.ts';
import { writeCsv } from '@dtr/csv';
import { coinMissing } from './coin-missing.ts';

/** COINr iData: uCode, uName, group columns (Size_group: Small = at or below the small-economy threshold), then one column per indicator; NA = missing. */
export function iDataCsv(t: IndexFrameworkTables): string {
  const header = ['uCode', 'uName', 'Region_group', 'Income_group', 'BRI_group', 'Size_group', ...t.indicators];
  const rows = t.units.map((u, i) =>
    [
      u.code,
      u.name.en,
      u.region,
      u.income,
      u.bri ? 'BRI' : 'Non-BRI',
      u.small ? 'Small' : 'Not small',
      ...t.values[i]
    ].map(coinMissing)
  );
  return writeCsv({ header, rows });
}
