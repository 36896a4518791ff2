import { describe, expect, it } from 'vitest';
import { medianRank } from './median-rank.ts';

describe('medianRank', () => {
  it('takes the upper median of an even count (1 2 3 4 → 3) and the middle of an odd one', () => {
    expect(medianRank([4, 1, 3, 2])).toBe(3);
    expect(medianRank([5])).toBe(5);
    expect(medianRank([10, 2, 7])).toBe(7);
  });
  it('sorts numerically, not as text (9 < 10)', () => {
    expect(medianRank([10, 9, 100])).toBe(10);
  });
  it('is NaN for no ranks', () => {
    expect(medianRank([])).toBeNaN();
  });
});
