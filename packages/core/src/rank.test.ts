import { describe, expect, it } from 'vitest';
import { rank } from './rank.ts';

describe('rank', () => {
  it('rank(values) gives 1 to the largest and shares the lower rank on ties', () => {
    expect(Array.from(rank(new Float64Array([10, 30, 20, 30, 5])))).toEqual([4, 1, 3, 1, 5]);
  });
  it('rank(values, false) gives 1 to the smallest', () => {
    expect(Array.from(rank(new Float64Array([10, 30, 10, 5]), false))).toEqual([2, 4, 2, 1]);
  });
  it('rank leaves NaN unranked and does not count it', () => {
    const r = rank(new Float64Array([NaN, 1, 2]));
    expect(r[0]).toBeNaN();
    expect(Array.from(r.slice(1))).toEqual([2, 1]);
  });
  it('rank handles -0 and 0 as ties', () => {
    expect(Array.from(rank(new Float64Array([0, -0])))).toEqual([1, 1]);
  });
});
