import { describe, expect, it } from 'vitest';
import { rankStats } from './rank-stats.ts';

describe('rankStats', () => {
  it('per unit mean, median, q05, q95 (type 7) over draws, skipping rank 0 (no score)', () => {
    // 3 units × 4 draws (draw-major): unit 0 ranks 1, 2, 3, 3; unit 1 ranks 2, 1, none (0), 1
    const ranks = Uint16Array.from([1, 2, 3, 2, 1, 3, 3, 0, 1, 3, 1, 2]);
    const s = rankStats(ranks, 4, 3);
    expect(s.mean[0]).toBe(2.25);
    expect(s.median[0]).toBe(2.5);
    // type 7 on 1, 2, 3, 3: h = 3·0.05 = 0.15 → 1 + 0.15·1 = 1.15; h = 2.85 → 3
    expect(s.q05[0]).toBeCloseTo(1.15, 14);
    expect(s.q95[0]).toBe(3);
    expect(s.mean[1]).toBeCloseTo(4 / 3, 14);
    expect(s.median[1]).toBe(1);
  });
  it('a unit with only rank 0 (no score) has NaN statistics', () => {
    const s = rankStats(Uint16Array.from([0, 1]), 1, 2);
    expect([s.mean[0], s.median[0], s.q05[0], s.q95[0]].every(Number.isNaN)).toBe(true);
  });
});
