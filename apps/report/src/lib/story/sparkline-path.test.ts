import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline-path';

describe('sparklinePath', () => {
  it('spreads values across the width and scales them between min (bottom) and max (top)', () => {
    expect(sparklinePath({ values: [1, 3, 2], width: 10, height: 4 })).toBe('M0,4L5,0L10,2');
  });
  it('breaks the line at a missing value and draws a flat series at mid-height', () => {
    expect(sparklinePath({ values: [1, null, 1, 1], width: 30, height: 4 })).toBe('M0,2M20,2L30,2');
  });
  it('is empty with fewer than two known values', () => {
    expect(sparklinePath({ values: [null, 5], width: 10, height: 4 })).toBe('');
  });
});
