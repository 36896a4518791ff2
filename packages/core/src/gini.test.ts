import { describe, expect, it } from 'vitest';
import { gini } from './gini.ts';

describe('gini', () => {
  it('gini of [1, 2, 3, 4] is Σ|xi − xj| / (2n²μ) = 20 / 80 = 0.25 (exact)', () => {
    expect(gini(new Float64Array([4, 1, 3, 2]))).toBeCloseTo(0.25, 14);
  });
  it('gini is 0 for equal values, (n − 1)/n for full concentration, and skips NaN', () => {
    expect(gini(new Float64Array([5, 5, NaN]))).toBeCloseTo(0, 14);
    expect(gini(new Float64Array([0, 0, 0, 8]))).toBeCloseTo(0.75, 14);
  });
  it('gini is NaN for negative values, an all-zero or empty input', () => {
    expect(gini(new Float64Array([-1, 3]))).toBeNaN();
    expect(gini(new Float64Array([0, 0]))).toBeNaN();
    expect(gini(new Float64Array([]))).toBeNaN();
  });
});
