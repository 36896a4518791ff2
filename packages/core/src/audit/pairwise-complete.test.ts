import { describe, expect, it } from 'vitest';
import { pairwiseComplete } from './pairwise-complete.ts';

describe('pairwiseComplete', () => {
  it('pairwiseComplete keeps only the observations present in both columns, in order', () => {
    const { x, y } = pairwiseComplete({ x: [1, NaN, 3, 4], y: [5, 6, NaN, 8] });
    expect(Array.from(x)).toEqual([1, 4]);
    expect(Array.from(y)).toEqual([5, 8]);
  });
  it('pairwiseComplete rejects columns of different lengths', () => {
    expect(() => pairwiseComplete({ x: [1, 2], y: [1] })).toThrow('columns of 2 and 1 values');
  });
});
