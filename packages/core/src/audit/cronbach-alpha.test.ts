import { describe, expect, it } from 'vitest';
import { cronbachAlpha } from './cronbach-alpha.ts';

describe('cronbachAlpha', () => {
  it('cronbachAlpha of (1, 2, 3) and (2, 4, 6): C = [[1, 2], [2, 4]], α = 2·(1 − 5/9) = 8/9 (±1e-15)', () => {
    const { alpha, k } = cronbachAlpha({
      columns: [
        [1, 2, 3],
        [2, 4, 6]
      ]
    });
    expect(k).toBe(2);
    expect(Math.abs(alpha - 8 / 9)).toBeLessThan(1e-15);
  });
  it('cronbachAlpha uses pairwise-complete covariances: var 1, var 20/3, cov 2 give α = 24/35 (±1e-15)', () => {
    const { alpha } = cronbachAlpha({
      columns: [
        [1, 2, 3, NaN],
        [2, 4, 6, 8]
      ]
    });
    expect(Math.abs(alpha - 24 / 35)).toBeLessThan(1e-15);
  });
  it('cronbachAlpha is negative when the items are negatively correlated', () => {
    expect(
      cronbachAlpha({
        columns: [
          [1, 2, 3],
          [3, 2, 1.5]
        ]
      }).alpha
    ).toBeLessThan(0);
  });
  it('cronbachAlpha of one column is NaN with k = 1', () => {
    const r = cronbachAlpha({ columns: [[1, 2, 3]] });
    expect(r.alpha).toBeNaN();
    expect(r.k).toBe(1);
  });
});
