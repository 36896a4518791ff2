import { describe, expect, it } from 'vitest';
import type { CoinData } from '../index/coin-data.ts';
import { prepareUncertainty } from './prepare-uncertainty.ts';
import { rankSensitivity } from './rank-sensitivity.ts';

// Two units, two indicators, one pillar: A = (100, 0), B = (0, 100) after min-max, so the ranks depend only on the
// weights (a tie at equal weights) and not on the aggregation method choice between amean and amean.
const data: CoinData = {
  units: ['A', 'B'],
  unitNames: ['A', 'B'],
  groups: {},
  meta: [
    { code: 'x', name: 'x', level: 1, parent: 'I', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'y', name: 'y', level: 1, parent: 'I', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'I', name: 'I', level: 2, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
  ],
  columns: { x: Float64Array.of(1, 0), y: Float64Array.of(0, 1) }
};

describe('rankSensitivity', () => {
  it('weights move the tied ranks by exactly 1 for one unit per draw; an input with no effect moves nothing', () => {
    const run = prepareUncertainty({
      data,
      spec: {
        uncertainty: { weightNoise: 0.5, alternatives: { aggregate: [{ method: 'amean' }, { method: 'amean' }] } }
      },
      draws: 100,
      seed: 1
    });
    expect(Array.from(run.nominalRank)).toEqual([1, 1]);
    const s = rankSensitivity(run, 100);
    expect(s).toEqual([
      { input: 'weights', meanAbsShift: 0.5, maxAbsShift: 1 },
      { input: 'aggregate', meanAbsShift: 0, maxAbsShift: 0 }
    ]);
  });
});
