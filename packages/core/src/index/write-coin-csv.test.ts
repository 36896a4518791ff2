import { describe, expect, it } from 'vitest';
import { readCoinCsv } from './read-coin-csv.ts';
import { syntheticCoinData } from './synthetic-coin-data.ts';
import { writeCoinCsv } from './write-coin-csv.ts';

describe('writeCoinCsv', () => {
  it('round-trips synthetic data through readCoinCsv (values exact, NaN as NA, groups kept)', () => {
    const data = syntheticCoinData({ units: 30, indicators: 8, seed: 3 });
    const back = readCoinCsv(writeCoinCsv(data));
    expect(back.units).toEqual(data.units);
    expect(back.meta).toEqual(data.meta);
    expect(back.groups.size_group).toEqual(data.groups.size_group);
    for (const m of data.meta.filter((x) => x.type === 'Indicator'))
      expect(Array.from(back.columns[m.code])).toEqual(Array.from(data.columns[m.code]));
  });
  it('quotes a unit name with a comma', () => {
    const data = syntheticCoinData({ units: 3, indicators: 5, seed: 1 });
    data.unitNames = ['Korea, Rep.', ...data.units.slice(1)];
    expect(writeCoinCsv(data).dataText.split('\n')[1]).toMatch(/^U001,"Korea, Rep.",/);
  });
});
