import { describe, expect, it } from 'vitest';
import type { CoinData } from '@dtr/core';
import { coinSubset } from './coin-subset.ts';

const data: CoinData = {
  units: ['A', 'B', 'C'],
  unitNames: ['a', 'b', 'c'],
  groups: { Size_group: ['small', 'large', 'large'] },
  meta: [],
  columns: { X: Float64Array.of(1, NaN, 3) },
  years: { X: Float64Array.of(2020, NaN, 2022) }
};

describe('coinSubset', () => {
  it('coinSubset keeps the chosen units in every per-unit field, the framework as it is', () => {
    const s = coinSubset({ data, keep: [true, false, true] });
    expect(s.units).toEqual(['A', 'C']);
    expect(s.unitNames).toEqual(['a', 'c']);
    expect(s.groups.Size_group).toEqual(['small', 'large']);
    expect(Array.from(s.columns.X)).toEqual([1, 3]);
    expect(Array.from(s.years!.X)).toEqual([2020, 2022]);
    expect(s.meta).toBe(data.meta);
    expect(s.history).toBeUndefined();
  });
});
