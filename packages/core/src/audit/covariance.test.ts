import { describe, expect, it } from 'vitest';
import { covariance } from './covariance.ts';

describe('covariance', () => {
  it('covariance of (1, 2, 3) and (2, 4, 6) over pairwise-complete pairs is 2 (n − 1 = 2; the 4th pair is missing)', () => {
    expect(covariance({ x: [1, 2, 3, 4], y: [2, 4, 6, NaN] })).toBeCloseTo(2, 14);
  });
  it('covariance takes the means over the complete pairs only: (1, 3) vs (10, 30) gives 20, not what 100 would shift', () => {
    expect(covariance({ x: [1, 100, 3], y: [10, NaN, 30] })).toBeCloseTo(20, 13);
  });
  it('covariance is NaN with fewer than two complete pairs', () => {
    expect(covariance({ x: [1, NaN], y: [2, 3] })).toBeNaN();
  });
});
