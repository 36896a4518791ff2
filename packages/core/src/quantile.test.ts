import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.ts';
import { quantileSorted } from './quantile-sorted.ts';

describe('quantile (type 7)', () => {
  it('quantile([1,2,3,4], p) matches R quantile(type = 7): 0.05 → 1.15, 0.5 → 2.5, 0.95 → 3.85', () => {
    const x = new Float64Array([4, 1, 3, 2]);
    expect(quantile(x, 0.05)).toBeCloseTo(1.15, 14);
    expect(quantile(x, 0.5)).toBe(2.5);
    expect(quantile(x, 0.95)).toBeCloseTo(3.85, 14);
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 1)).toBe(4);
  });
  it('quantile skips NaN and is NaN for empty input or p outside [0, 1]', () => {
    expect(quantile(new Float64Array([NaN, 7]), 0.3)).toBe(7);
    expect(quantile(new Float64Array([NaN]), 0.5)).toBeNaN();
    expect(quantile(new Float64Array([1]), 1.5)).toBeNaN();
  });
  it('quantileSorted reads a sub-range', () => {
    expect(quantileSorted(new Float64Array([9, 1, 2, 3, 9]), 0.5, 1, 3)).toBe(2);
  });
});
