import { describe, expect, it } from 'vitest';
import { pearsonCorrelation } from './pearson-correlation.ts';

describe('pearsonCorrelation', () => {
  it('pearsonCorrelation drops incomplete pairs: (1…5, NaN) vs (2, 1, 4, 3, 5, 9) gives 0.8 (±1e-15)', () => {
    expect(Math.abs(pearsonCorrelation({ x: [1, 2, 3, 4, 5, NaN], y: [2, 1, 4, 3, 5, 9] }) - 0.8)).toBeLessThan(1e-15);
  });
  it('pearsonCorrelation is NaN when the complete pairs are constant in one column', () => {
    expect(pearsonCorrelation({ x: [1, 1, 2], y: [3, 4, NaN] })).toBeNaN();
  });
});
