import { describe, expect, it } from 'vitest';
import { specChanges } from './spec-changes.ts';

describe('specChanges', () => {
  it('specChanges names each changed leaf by its dotted path, arrays compared whole', () => {
    const from = { treat: { winmax: 5 }, normalise: { method: 'minmax', range: [1, 100] }, weights: {} };
    const to = { treat: { winmax: 3 }, normalise: { method: 'minmax', range: [0, 100] }, weights: { Services: 2 } };
    expect(specChanges(from, to)).toEqual([
      { path: 'normalise.range', from: [1, 100], to: [0, 100] },
      { path: 'treat.winmax', from: 5, to: 3 },
      { path: 'weights.Services', from: undefined, to: 2 }
    ]);
  });

  it('specChanges is empty for equal specs', () => {
    expect(specChanges({ aggregate: { method: 'amean' } }, { aggregate: { method: 'amean' } })).toEqual([]);
  });
});
