import { describe, expect, it } from 'vitest';
import { skewness } from './skewness.ts';

describe('skewness (type 2)', () => {
  it('skewness([1,2,3,10]) matches Excel SKEW = 1.763633 (hand: g1 · √12 / 2)', () => {
    // mean 4, deviations −3 −2 −1 6: m2 = 12.5, m3 = 45; g1 = 45/12.5^1.5 = 1.018234; G1 = g1·√12/2 = 1.763633
    expect(skewness(new Float64Array([1, 2, 3, 10, NaN]))).toBeCloseTo(
      ((45 / Math.pow(12.5, 1.5)) * Math.sqrt(12)) / 2,
      14
    );
    expect(skewness(new Float64Array([1, 2, 3, 10]))).toBeCloseTo(1.763633, 6);
  });
  it('skewness of a symmetric sample is 0; NaN for n < 3 or constant values', () => {
    expect(skewness(new Float64Array([1, 2, 3]))).toBeCloseTo(0, 14);
    expect(skewness(new Float64Array([1, 2]))).toBeNaN();
    expect(skewness(new Float64Array([2, 2, 2]))).toBeNaN();
  });
});
