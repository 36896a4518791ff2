import { describe, expect, it } from 'vitest';
import { yoyGrowth } from './yoy-growth.ts';

describe('yoyGrowth', () => {
  it('yoyGrowth(values) is v[t]/v[t-1] - 1, NaN at t = 0 (China DDS exports 2022→2023)', () => {
    // 216265 / 207007 - 1 = 0.044723125…  (hand: 9258 / 207007)
    const g = yoyGrowth(new Float64Array([207007, 216265]));
    expect(g[0]).toBeNaN();
    expect(g[1]).toBeCloseTo(9258 / 207007, 12);
    expect(g[1]).toBeCloseTo(0.0447231253, 9);
  });
  it('yoyGrowth(values) gives NaN when either value is NaN or the base is 0', () => {
    const g = yoyGrowth(new Float64Array([1, NaN, 2, 0, 5, 10]));
    expect([g[0], g[1], g[2], g[4]].every(Number.isNaN)).toBe(true);
    expect(g[3]).toBe(-1);
    expect(g[5]).toBe(1);
  });
  it('yoyGrowth(empty) is empty', () => {
    expect(yoyGrowth(new Float64Array(0)).length).toBe(0);
  });
});
