import { describe, expect, it } from 'vitest';
import { averageRanks } from './average-ranks.ts';

describe('averageRanks', () => {
  it('averageRanks ranks ascending and gives tied values the mean of their ranks (2, 3.5, 3.5, 1)', () => {
    expect(Array.from(averageRanks({ values: [10, 20, 20, 5] }))).toEqual([2, 3.5, 3.5, 1]);
  });
  it('averageRanks gives three tied values rank 2 each', () => {
    expect(Array.from(averageRanks({ values: [7, 7, 7] }))).toEqual([2, 2, 2]);
  });
  it('averageRanks of nothing is empty', () => {
    expect(averageRanks({ values: [] }).length).toBe(0);
  });
});
