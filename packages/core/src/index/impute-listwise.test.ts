import { describe, expect, it } from 'vitest';
import type { CoinData } from './coin-data.ts';
import { imputeListwise } from './impute-listwise.ts';
import { runIndex } from './run-index.ts';

const data: CoinData = {
  units: ['A', 'B', 'C', 'D'],
  unitNames: ['A', 'B', 'C', 'D'],
  groups: {},
  meta: [
    { code: 'x', name: 'x', level: 1, parent: 'P', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'y', name: 'y', level: 1, parent: 'P', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'P', name: 'P', level: 2, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
  ],
  columns: { x: Float64Array.from([1, NaN, 3, 4]), y: Float64Array.from([10, 20, NaN, 40]) }
};

describe('imputeListwise', () => {
  it('keeps the complete cases A and D and empties B (no x) and C (no y); fills nothing', () => {
    const { columns, imputed } = imputeListwise({ data, codes: ['x', 'y'] });
    expect(Array.from(columns[0])).toEqual([1, NaN, NaN, 4]);
    expect(Array.from(columns[1])).toEqual([10, NaN, NaN, 40]);
    expect(imputed).toEqual([]);
    expect(Array.from(data.columns.x)).toEqual([1, NaN, 3, 4]);
  });
  it('ranks only the complete cases: A (0 + 0) / 2 = 0 and D (100 + 100) / 2 = 100 on min-max 0–100', () => {
    const r = runIndex({ data, spec: { impute: { method: 'listwise' } } });
    expect(Array.from(r.rank)).toEqual([2, NaN, NaN, 1]);
    const p = r.codes.indexOf('P');
    expect(Array.from(r.scores.subarray(p * 4, p * 4 + 4))).toEqual([0, NaN, NaN, 100]);
  });
});
