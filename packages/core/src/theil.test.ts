import { describe, expect, it } from 'vitest';
import { theil } from './theil.ts';

describe('theil', () => {
  it('theil of [1, 3] is ½(½ ln ½ + 1.5 ln 1.5) = 0.130812 (tolerance 1e-6)', () => {
    const expected = 0.5 * (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5));
    expect(theil(new Float64Array([1, 3]))).toBeCloseTo(expected, 14);
    expect(theil(new Float64Array([1, 3, NaN]))).toBeCloseTo(0.130812, 6);
  });
  it('theil is 0 for equal values and ln N when one unit holds everything', () => {
    expect(theil(new Float64Array([2, 2, 2]))).toBeCloseTo(0, 14);
    expect(theil(new Float64Array([0, 0, 0, 9]))).toBeCloseTo(Math.log(4), 14);
  });
  it('theil is NaN for negative values or an all-zero input', () => {
    expect(theil(new Float64Array([-1, 2]))).toBeNaN();
    expect(theil(new Float64Array([0, 0]))).toBeNaN();
  });
});
