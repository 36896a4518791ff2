import { expect, it } from 'vitest';
import { rankRows } from './rank-rows.ts';

const log = { weights: {}, treated: [], logged: [], missing: [], imputed: [] };

it('rankRows keeps ranked units with their interval and drops units without a rank', () => {
  const rows = rankRows({
    schema: 2,
    units: ['CHN', 'USA', 'XKX'],
    codes: ['Index'],
    scores: { Index: [60, 70, null] },
    rank: [2, 1, null],
    uncertainty: { draws: 10, seed: 1, median: [2, 1, null], q05: [1.5, 1, null], q95: [3, 2, null] },
    log,
    audit: null,
    sensitivity: null
  });
  expect(rows).toEqual([
    { code: 'CHN', rank: 2, q05: 1.5, q95: 3 },
    { code: 'USA', rank: 1, q05: 1, q95: 2 }
  ]);
});
