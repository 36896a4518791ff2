import { describe, expect, it } from 'vitest';
import { kurtosis } from './kurtosis.ts';

describe('kurtosis (type 2, excess)', () => {
  it('kurtosis([1,2,3,10]) = ((n+1)g2 + 6)(n−1)/((n−2)(n−3)) with g2 = m4/m2² − 3 (hand: 3.228)', () => {
    // deviations −3 −2 −1 6: m2 = 12.5, m4 = (81+16+1+1296)/4 = 348.5; g2 = 348.5/156.25 − 3 = −0.7696
    // G2 = (5·(−0.7696) + 6)·3 / (2·1) = 3.2280
    expect(kurtosis(new Float64Array([1, 2, 3, 10, NaN]))).toBeCloseTo(3.228, 12);
  });
  it('kurtosis is NaN for n < 4 or constant values', () => {
    expect(kurtosis(new Float64Array([1, 2, 3]))).toBeNaN();
    expect(kurtosis(new Float64Array([4, 4, 4, 4]))).toBeNaN();
  });
});
