import { runIndex, syntheticCoinData } from '@dtr/core';
import { describe, expect, it } from 'vitest';
import { coinSubset } from './coin-subset';

describe('coinSubset', () => {
  const base = syntheticCoinData({ units: 6, indicators: 5, seed: 2 });
  const data = {
    ...base,
    years: { I1: Float64Array.of(2020, 2021, 2022, 2023, 2024, NaN) },
    history: [{ time: 2019, columns: { I1: Float64Array.of(1, 2, 3, 4, 5, 6) } }]
  };
  const keep = [true, false, true, true, false, true];

  it('keeps the flagged units, in order, in every per-unit member', () => {
    const s = coinSubset({ data, keep });
    expect(s.units).toEqual(['U001', 'U003', 'U004', 'U006']);
    expect(s.unitNames).toEqual(s.units);
    expect(s.groups.size_group).toEqual(['S', 'L', 'S', 'L']);
    expect(Array.from(s.columns.I3)).toEqual([0, 2, 3, 5].map((u) => data.columns.I3[u]));
    expect(Array.from(s.years!.I1)).toEqual([2020, 2022, 2023, NaN]);
    expect(Array.from(s.history![0].columns.I1)).toEqual([1, 3, 4, 6]);
    expect(s.meta).toBe(data.meta);
  });

  it('an index run on the subset ranks only the kept units, 1 … n', () => {
    const r = runIndex({ data: coinSubset({ data, keep }) });
    expect([...r.rank].sort()).toEqual([1, 2, 3, 4]);
  });

  it('names the mismatch when there is not one flag per unit', () => {
    expect(() => coinSubset({ data, keep: [true] })).toThrow('keep: expected one flag per unit (6), got 1');
  });
});
