import { describe, expect, it } from 'vitest';
import { rankChanges } from './rank-changes.ts';

describe('rankChanges', () => {
  it('rankChanges marks a change within noise only when each rank lies in the other edition’s interval', () => {
    const from = [
      { code: 'A', rank: 5, q05: 4, q95: 6 },
      { code: 'B', rank: 6, q05: 4, q95: 6 },
      { code: 'C', rank: 1, q05: 1, q95: 1 }
    ];
    const to = [
      { code: 'A', rank: 6, q05: 4, q95: 6 },
      { code: 'B', rank: 5, q05: 4, q95: 5 },
      { code: 'C', rank: 1, q05: 1, q95: 2 }
    ];
    expect(rankChanges(from, to).changed.map((c) => [c.code, c.delta, c.withinNoise])).toEqual([
      ['A', 1, true],
      ['B', -1, false]
    ]);
  });

  it('rankChanges lists economies that entered or left the index', () => {
    const r = rankChanges([{ code: 'A', rank: 1, q05: 1, q95: 1 }], [{ code: 'B', rank: 1, q05: 1, q95: 1 }]);
    expect([r.entered, r.left, r.changed]).toEqual([['B'], ['A'], []]);
  });
});
