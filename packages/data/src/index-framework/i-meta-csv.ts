import type { IndexFrameworkTables } from './build-index-framework.ts';
import { writeCsv } from '@dtr/csv';
import { coinMissing } from './coin-missing.ts';

/** COINr iMeta: indicators (Level 1), pillars and the index (Aggregate), and the iData group columns (Group). */
export function iMetaCsv(t: IndexFrameworkTables): string {
  const header = [
    'iCode',
    'iName',
    'Level',
    'Parent',
    'Direction',
    'Weight',
    'Type',
    'goalpost_lower',
    'goalpost_upper'
  ];
  const d = t.definition;
  const rows = [
    ...d.indicators.map((i) => [
      i.code,
      i.name.en,
      1,
      i.pillar,
      i.direction,
      i.weight,
      'Indicator',
      ...t.goalposts[i.code]
    ]),
    ...d.aggregates.map((a) => [a.code, a.name.en, a.level, a.parent, 1, a.weight, 'Aggregate', null, null]),
    ...['Region_group', 'Income_group', 'BRI_group', 'Size_group'].map((g) => [
      g,
      g.replace('_group', ''),
      null,
      null,
      null,
      null,
      'Group',
      null,
      null
    ])
  ];
  return writeCsv({ header, rows: rows.map((r) => r.map(coinMissing)) });
}
