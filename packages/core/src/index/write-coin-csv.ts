import { csvRow } from '../cli/csv-row.ts';
import type { CoinData } from './coin-data.ts';

const cell = (v: number) => (v === v ? String(v) : 'NA');

/**
 * The COINr iData / iMeta CSV pair of a framework (the inverse of `readCoinCsv` for the current year): uCode, uName,
 * the group columns, then one column per indicator; NaN is written as NA. For benchmarks and tests that hand the same
 * data to another implementation.
 */
export function writeCoinCsv(data: CoinData): { dataText: string; metaText: string } {
  const indicators = data.meta.filter((m) => m.type === 'Indicator');
  const groups = Object.keys(data.groups);
  const dataRows = [csvRow(['uCode', 'uName', ...groups, ...indicators.map((m) => m.code)])];
  data.units.forEach((u, i) =>
    dataRows.push(
      csvRow([
        u,
        data.unitNames[i],
        ...groups.map((g) => data.groups[g][i]),
        ...indicators.map((m) => cell(data.columns[m.code][i]))
      ])
    )
  );
  const metaRows = [csvRow(['iCode', 'iName', 'Level', 'Parent', 'Direction', 'Weight', 'Type'])];
  for (const m of data.meta)
    metaRows.push(
      csvRow([m.code, m.name, String(m.level), m.parent ?? 'NA', String(m.direction), String(m.weight), m.type])
    );
  return { dataText: dataRows.join('\n') + '\n', metaText: metaRows.join('\n') + '\n' };
}
