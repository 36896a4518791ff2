import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from './coin-data.ts';
import { aggregateScores } from './aggregate-scores.ts';
import { compileFramework } from './compile-framework.ts';
import { createAggregateScratch } from './create-aggregate-scratch.ts';
import { markMissingRows } from './mark-missing-rows.ts';

const meta: IndicatorMeta[] = [
  { code: 'a', name: 'a', level: 1, parent: 'I', direction: 1, weight: 1, type: 'Indicator' },
  { code: 'b', name: 'b', level: 1, parent: 'I', direction: 1, weight: 3, type: 'Indicator' },
  { code: 'I', name: 'I', level: 2, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
];
const fw = compileFramework(meta);
// Three units: a = 2, 4, NaN; b = 8, NaN, NaN
const scores = () => Float64Array.from([2, 4, NaN, 8, NaN, NaN, 0, 0, 0]);

describe('aggregateScores', () => {
  it('amean Σwx/Σw over present children; all children missing gives NaN', () => {
    const s = scores();
    aggregateScores(s, 3, fw, fw.weight, 'amean');
    expect(Array.from(s.subarray(6))).toEqual([(2 + 24) / 4, 4, NaN]);
  });
  it('gmean exp(Σw ln x / Σw) and hmean Σw / Σ(w/x)', () => {
    const g = scores();
    aggregateScores(g, 3, fw, fw.weight, 'gmean');
    expect(g[6]).toBeCloseTo(Math.pow(2 * 8 ** 3, 1 / 4), 12);
    const h = scores();
    aggregateScores(h, 3, fw, fw.weight, 'hmean');
    expect(h[6]).toBeCloseTo(4 / (1 / 2 + 3 / 8), 12);
    expect(h[7]).toBe(4);
  });
  it('marks rows holding NaN and aggregates with a caller-owned scratch and weights', () => {
    const s = scores();
    const scratch = createAggregateScratch(3, fw.nRows);
    markMissingRows(s, 3, fw, scratch.rowHasNaN);
    expect(Array.from(scratch.rowHasNaN.subarray(0, 2))).toEqual([1, 1]);
    aggregateScores(s, 3, fw, Float64Array.from([1, 1, 1]), 'amean', 0, scratch);
    expect(s[6]).toBe(5);
  });
});
