import { describe, expect, it } from 'vitest';
import { normalisedHhi } from './normalised-hhi.ts';

describe('normalisedHhi', () => {
  it('UNCTAD normalised HHI of 50/30/20 is (√0.38 − √(1/3))/(1 − √(1/3)) = 0.0925 (tolerance 5e-5)', () => {
    const expected = (Math.sqrt(0.38) - Math.sqrt(1 / 3)) / (1 - Math.sqrt(1 / 3));
    expect(normalisedHhi(new Float64Array([50, 30, 20]))).toBeCloseTo(expected, 14);
    expect(normalisedHhi(new Float64Array([50, 30, 20]))).toBeCloseTo(0.0925, 4);
  });
  it('is 0 for equal shares and 1 for full concentration', () => {
    expect(normalisedHhi(new Float64Array([3, 3, 3]))).toBeCloseTo(0, 14);
    expect(normalisedHhi(new Float64Array([5, 0, 0]))).toBeCloseTo(1, 14);
  });
  it('is NaN with fewer than two non-missing values', () => {
    expect(normalisedHhi(new Float64Array([5, NaN]))).toBeNaN();
  });
});
