import { writeCsv } from '@dtr/csv';
import type { CoinData } from './coin-data.ts';

const cell = (v: number) => (v === v ? String(v) : 'NA');

/**
 * The COINr iData / iMeta CSV pair of a framework (the inverse of `readCoinCsv` for the current year): uCode, uName,
 * the group columns, then one column per indicator; NaN is written as NA, as COINr reads it. Written by the project's
 * one CSV writer (@dtr/csv). For benchmarks and tests that hand the same data to another implementation.
 */
export function writeCoinCsv(data: CoinData): { dataText: string; metaText: string } {
  const indicators = data.meta.filter((m) => m.type === 'Indicator');
  const groups = Object.keys(data.groups);
  const dataText = writeCsv({
    header: ['uCode', 'uName', ...groups, ...indicators.map((m) => m.code)],
    rows: data.units.map((u, i) => [
      u,
      data.unitNames[i],
      ...groups.map((g) => data.groups[g][i]),
      ...indicators.map((m) => cell(data.columns[m.code][i]))
    ])
  });
  const metaText = writeCsv({
    header: ['iCode', 'iName', 'Level', 'Parent', 'Direction', 'Weight', 'Type'],
    rows: data.meta.map((m) => [m.code, m.name, m.level, m.parent ?? 'NA', m.direction, m.weight, m.type])
  });
  return { dataText, metaText };
}
