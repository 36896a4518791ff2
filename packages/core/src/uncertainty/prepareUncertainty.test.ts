import { describe, expect, it } from 'vitest';
import { runIndex } from '../index/runIndex.ts';
import { syntheticCoinData } from '../index/syntheticCoinData.ts';
import { prepareUncertainty } from './prepareUncertainty.ts';

const data = syntheticCoinData({ units: 30, indicators: 10, seed: 6 });
const normalise = [
  { method: 'minmax', range: [1, 100] },
  { method: 'zscore', mean: 10, sd: 2 }
];
const spec = {
  treat: { winmax: 2 },
  normalise: normalise[0],
  uncertainty: { alternatives: { 'treat.winmax': [1, 2, 3], normalise } }
};

describe('prepareUncertainty', () => {
  it('grid draw d runs winmax fastest, then normalisation: draw 4 = winmax 2 with z-score', () => {
    const run = prepareUncertainty({ data, spec, grid: true });
    expect(run.total).toBe(6);
    const ranks = new Float64Array(30);
    run.runDraws(4, 5, ranks);
    expect(Array.from(ranks)).toEqual(
      Array.from(runIndex({ data, spec: { treat: { winmax: 2 }, normalise: normalise[1] } }).rank)
    );
  });
  it('lists the uncertain inputs and the Monte Carlo draw count', () => {
    const run = prepareUncertainty({ data, spec, draws: 123, noise: 0.1 });
    expect(run.inputs).toEqual(['weights', 'treat.winmax', 'normalise']);
    expect(run.total).toBe(123);
  });
  it('weight noise per level: noise only at level 3 leaves level-2 weights alone', () => {
    const perLevel = prepareUncertainty({
      data,
      spec: { uncertainty: { weightNoise: { 3: 0.5 } } },
      draws: 50,
      seed: 3
    });
    const ranks = new Float64Array(50 * 30);
    perLevel.runDraws(0, 50, ranks);
    expect(perLevel.inputs).toEqual(['weights']);
    expect(Array.from(ranks)).not.toEqual(Array.from({ length: 50 }, () => Array.from(perLevel.nominalRank)).flat());
  });
});
