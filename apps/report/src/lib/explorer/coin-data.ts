import type { CoinData } from '@dtr/core';
import type { FrameworkFile } from './types';

/**
 * The explorer's in-memory COINr input, built from the framework file and the raw table the page data carries (the
 * same numbers as iData.csv / iMeta.csv), with the year of each value (iYears.csv, for the recency alternatives of
 * the sensitivity analysis); null cells become NaN, core's missing value.
 */
export function coinData(framework: FrameworkFile, values: (number | null)[][], years: (number | null)[][]): CoinData {
  const columns: CoinData['columns'] = {};
  const yearColumns: Record<string, Float64Array> = {};
  framework.indicators.forEach((ind, i) => {
    columns[ind.code] = Float64Array.from(values, (row) => row[i] ?? NaN);
    yearColumns[ind.code] = Float64Array.from(years, (row) => row[i] ?? NaN);
  });
  return {
    units: framework.units.map((u) => u.code),
    unitNames: framework.units.map((u) => u.name.en),
    groups: {
      Region_group: framework.units.map((u) => u.region),
      Income_group: framework.units.map((u) => u.income),
      BRI_group: framework.units.map((u) => (u.bri ? 'BRI' : 'Non-BRI'))
    },
    meta: [
      ...framework.indicators.map((ind) => ({
        code: ind.code,
        name: ind.name.en,
        level: 1,
        parent: ind.pillar,
        direction: ind.direction,
        weight: ind.weight,
        type: 'Indicator' as const,
        goalposts: ind.goalposts
      })),
      ...framework.aggregates.map((a) => ({
        code: a.code,
        name: a.name.en,
        level: a.level,
        parent: a.parent,
        direction: 1 as const,
        weight: a.weight,
        type: 'Aggregate' as const
      }))
    ],
    columns,
    years: yearColumns
  };
}
