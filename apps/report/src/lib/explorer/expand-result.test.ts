import { describe, expect, it } from 'vitest';
import { expandResult } from './expand-result';
import type { ExplorerResult } from './types';

const result: ExplorerResult = {
  codes: ['I'],
  scores: { I: [9, 7] },
  rank: [1, 2],
  interval: { q05: [1, 1], q95: [2, 2], median: [1, 2], draws: 10 },
  weights: { I: 1 },
  treated: [],
  logged: [],
  missing: [],
  imputed: []
};

describe('expandResult', () => {
  it('puts a subset result back on every unit, the others without score, rank or interval', () => {
    const e = expandResult({ result, keep: [true, false, true] });
    expect(e.scores.I).toEqual([9, null, 7]);
    expect(e.rank).toEqual([1, NaN, 2]);
    expect(e.interval).toEqual({ q05: [1, NaN, 1], q95: [2, NaN, 2], median: [1, NaN, 2], draws: 10 });
    expect(e.weights).toBe(result.weights);
  });

  it('names the mismatch when the kept units are not the result’s', () => {
    expect(() => expandResult({ result, keep: [true, false, false] })).toThrow('expected 2 units kept, got 1');
  });
});
