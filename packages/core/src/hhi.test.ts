import { describe, expect, it } from 'vitest';
import { hhi } from './hhi.ts';

describe('hhi', () => {
  it('hhi(values) is the sum of squared shares: 50/30/20 gives 0.38', () => {
    expect(hhi(new Float64Array([50, 30, 20]))).toBeCloseTo(0.38, 14);
  });
  it('hhi of equal shares is 1/N; of one value is 1; NaN values are skipped', () => {
    expect(hhi(new Float64Array([1, 1, 1, 1]))).toBeCloseTo(0.25, 14);
    expect(hhi(new Float64Array([7, NaN]))).toBe(1);
  });
  it('hhi is NaN when empty, all zero or negative', () => {
    expect(hhi(new Float64Array([NaN]))).toBeNaN();
    expect(hhi(new Float64Array([0, 0]))).toBeNaN();
    expect(hhi(new Float64Array([1, -1]))).toBeNaN();
  });
});
