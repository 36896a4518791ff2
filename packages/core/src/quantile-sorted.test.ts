import { describe, expect, it } from 'vitest';
import { quantileSorted } from './quantile-sorted.ts';

describe('quantileSorted', () => {
  it('type 7 on sorted input: (n − 1)p interpolation; reads a sub-range', () => {
    const s = Float64Array.from([10, 20, 30, 40, 50]);
    expect(quantileSorted(s, 0.5)).toBe(30);
    expect(quantileSorted(s, 0.1)).toBeCloseTo(14, 12);
    expect(quantileSorted(s, 0.5, 1, 3)).toBe(30);
    expect(quantileSorted(s, 1, 1, 3)).toBe(40);
  });
  it('is NaN for an empty range or p outside [0, 1]', () => {
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(quantileSorted([1], -0.1)).toBeNaN();
  });
});
