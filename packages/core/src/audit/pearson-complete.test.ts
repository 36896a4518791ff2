import { describe, expect, it } from 'vitest';
import { pearsonComplete } from './pearson-complete.ts';

describe('pearsonComplete', () => {
  it('pearsonComplete of (1…5) and (2, 1, 4, 3, 5) is 8/√(10·10) = 0.8 (±1e-15)', () => {
    expect(Math.abs(pearsonComplete([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) - 0.8)).toBeLessThan(1e-15);
  });
  it('pearsonComplete of a column with itself is exactly 1, and with its negation exactly −1', () => {
    const x = [0.1, 0.7, 0.3, 0.9];
    expect(pearsonComplete(x, x)).toBe(1);
    expect(
      pearsonComplete(
        x,
        x.map((v) => -v)
      )
    ).toBe(-1);
  });
  it('pearsonComplete is NaN for a constant column or a single observation', () => {
    expect(pearsonComplete([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pearsonComplete([1], [2])).toBeNaN();
  });
});
