import { describe, expect, it } from 'vitest';
import type { ExplorerResult } from './types';
import { contributions, medianRank, quintiles } from './view';

describe('explorer view helpers', () => {
  it('contributions are w·score / Σw over the pillars a unit has, and add up to the arithmetic-mean index', () => {
    const result = {
      scores: { P: [10, null], Q: [40, 20], Z: [99, 99] },
      weights: { P: 1, Q: 3, Z: 0 }
    } as unknown as ExplorerResult;
    expect(contributions(result, ['P', 'Q', 'Z'], 0)).toEqual({ P: 2.5, Q: 30, Z: null });
    expect(contributions(result, ['P', 'Q', 'Z'], 1)).toEqual({ P: null, Q: 20, Z: null });
  });

  it('quintiles put the first fifth of ranked rows in 5 and the last in 1', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ code: `U${i}` })) as Parameters<typeof quintiles>[0];
    const q = quintiles(rows);
    expect([...q.values()]).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it('medianRank takes the upper median', () => {
    expect(medianRank([4, 1, 3, 2])).toBe(3);
    expect(medianRank([5])).toBe(5);
  });
});
