import { describe, expect, it } from 'vitest';
import type { CoinData } from './coinData.ts';
import { imputeColumns } from './imputeColumns.ts';

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
