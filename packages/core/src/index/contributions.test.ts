import { describe, expect, it } from 'vitest';
import { contributions } from './contributions.ts';

describe('contributions', () => {
  it('are w·score / Σw over the children a unit has (10·1/4 = 2.5, 40·3/4 = 30) and add up to the mean (32.5)', () => {
    const c = contributions({ scores: [10, 40, 99], weights: [1, 3, 0] });
    expect(c).toEqual([2.5, 30, null]);
    expect((c[0] as number) + (c[1] as number)).toBe((10 * 1 + 40 * 3) / 4);
  });
  it('a missing child drops out and the others are rescaled (20·3/3 = 20)', () => {
    expect(contributions({ scores: [null, 20, 99], weights: [1, 3, 0] })).toEqual([null, 20, null]);
  });
  it('all missing: every share is null', () => {
    expect(contributions({ scores: [null, null], weights: [1, 1] })).toEqual([null, null]);
  });
});
