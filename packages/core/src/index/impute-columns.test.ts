import { describe, expect, it } from 'vitest';
import type { CoinData } from './coin-data.ts';
import { imputeColumns } from './impute-columns.ts';

const data: CoinData = {
  units: ['A', 'B', 'C', 'D'],
  unitNames: ['A', 'B', 'C', 'D'],
  groups: { g: ['x', 'x', 'x', 'y'] },
  meta: [],
  columns: { X: Float64Array.from([1, NaN, 5, NaN]) },
  history: [
    { time: 2018, columns: { X: Float64Array.from([0, 7, 0, 9]) } },
    { time: 2019, columns: { X: Float64Array.from([0, 8, 0, NaN]) } }
  ]
};

describe('imputeColumns', () => {
  it('groupMean fills with the mean of the same group and leaves a group without values missing', () => {
    const { columns, imputed } = imputeColumns(data, ['X'], { method: 'groupMean', group: 'g' });
    expect(Array.from(columns[0])).toEqual([1, 3, 5, NaN]);
    expect(imputed).toEqual([{ code: 'X', unit: 'B', value: 3 }]);
    expect(Array.from(data.columns.X)).toEqual([1, NaN, 5, NaN]);
  });
  it('lastAvailable takes the most recent earlier non-missing value', () => {
    const { columns } = imputeColumns(data, ['X'], { method: 'lastAvailable' });
    expect(Array.from(columns[0])).toEqual([1, 8, 5, 9]);
  });
  it('an unknown group column is an error', () => {
    expect(() => imputeColumns(data, ['X'], { method: 'groupMean', group: 'nope' })).toThrow(/no group column nope/);
  });
});

describe('imputeColumns, further methods', () => {
  it('groupMedian fills with the median of the same group and reports the cell', () => {
    const d: CoinData = {
      ...data,
      columns: { X: Float64Array.from([1, NaN, 5, 8]) },
      groups: { g: ['x', 'x', 'x', 'x'] }
    };
    const { columns, imputed } = imputeColumns(d, ['X'], { method: 'groupMedian', group: 'g' });
    expect(columns[0][1]).toBe(5);
    expect(imputed).toEqual([{ code: 'X', unit: 'B', value: 5 }]);
  });
  it('availableMean fills from the unit’s other indicators in the same aggregate', () => {
    const d: CoinData = {
      ...data,
      meta: [
        { code: 'X', name: 'X', level: 1, parent: 'P', direction: 1, weight: 1, type: 'Indicator' },
        { code: 'Y', name: 'Y', level: 1, parent: 'P', direction: 1, weight: 1, type: 'Indicator' }
      ],
      columns: { X: Float64Array.from([0, NaN, 10, 5]), Y: Float64Array.from([0, 1, 4, 2]) }
    };
    const { columns, imputed } = imputeColumns(d, ['X', 'Y'], { method: 'availableMean' });
    // B's Y is 1 on 0 … 4, i.e. 0.25, so X = 0 + 0.25 · 10.
    expect(columns[0][1]).toBeCloseTo(2.5, 14);
    expect(imputed.length).toBe(1);
  });
});
