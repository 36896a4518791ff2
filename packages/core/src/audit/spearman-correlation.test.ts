import { describe, expect, it } from 'vitest';
import { spearmanCorrelation } from './spearman-correlation.ts';

describe('spearmanCorrelation', () => {
  it('spearmanCorrelation of (1, 2, 3, 4) and (10, 30, 20, 40) is 4/5 = 0.8 (±1e-15)', () => {
    expect(Math.abs(spearmanCorrelation({ x: [1, 2, 3, 4, NaN], y: [10, 30, 20, 40, 50] }) - 0.8)).toBeLessThan(1e-15);
  });
  it('spearmanCorrelation averages tied ranks: (1, 2, 2, 3) vs (1, 2, 3, 4) gives 4.5/√22.5 = 0.948683298 (±1e-9)', () => {
    expect(spearmanCorrelation({ x: [1, 2, 2, 3], y: [1, 2, 3, 4] })).toBeCloseTo(0.948683298, 9);
  });
  it('spearmanCorrelation ranks within the complete pairs: a monotone pair with a gap is exactly 1', () => {
    // Ranked over all of x first, the complete pairs would carry ranks (1, 3, 4) and give 0.98198.
    expect(spearmanCorrelation({ x: [1, 2, 3, 4], y: [1, NaN, 2, 3] })).toBe(1);
  });
});
