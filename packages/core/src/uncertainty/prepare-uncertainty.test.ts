import { describe, expect, it } from 'vitest';
import { compileFramework } from '../index/compile-framework.ts';
import { runIndex } from '../index/run-index.ts';
import { mulberry32 } from '../mulberry32.ts';
import { streamState } from '../stream-state.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { prepareUncertainty } from './prepare-uncertainty.ts';

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
    const ranks = new Uint16Array(30);
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
    const ranks = new Uint16Array(50 * 30);
    perLevel.runDraws(0, 50, ranks);
    expect(perLevel.inputs).toEqual(['weights']);
    expect(Array.from(ranks)).not.toEqual(Array.from({ length: 50 }, () => Array.from(perLevel.nominalRank)).flat());
  });
  it('each weight-noise draw ranks as runIndex with that draw’s weights (odd count; amean and gmean draws interleaved)', () => {
    const aggregate = [{ method: 'amean' }, { method: 'gmean' }] as const;
    const noisy = { normalise: normalise[0], uncertainty: { weightNoise: 0.3, alternatives: { aggregate } } };
    const run = prepareUncertainty({ data, spec: noisy, draws: 25, seed: 8 });
    const ranks = new Uint16Array(25 * 30);
    run.runDraws(0, 25, ranks);
    const fw = compileFramework(data.meta);
    const methods = new Set<string>();
    for (let d = 0; d < 25; d++) {
      // Draw d's stream: three uniforms pick the alternatives, then one per framework row scales its weight.
      const state = Int32Array.of(streamState(8, d));
      mulberry32(state);
      mulberry32(state);
      const method = aggregate[Math.floor(mulberry32(state) * 2)];
      const weights = Object.fromEntries(
        fw.codes.map((c, r) => [c, fw.weight[r] * (1 + 0.3 * (2 * mulberry32(state) - 1))])
      );
      methods.add(method.method);
      const expected = runIndex({ data, spec: { normalise: normalise[0], aggregate: method, weights } }).rank;
      expect(Array.from(ranks.subarray(d * 30, (d + 1) * 30)), `draw ${d}`).toEqual(Array.from(expected));
    }
    expect([...methods].sort()).toEqual(['amean', 'gmean']);
  });
});

describe('prepareUncertainty and imputation alternatives', () => {
  const minmax = normalise[0];
  // Group-mean imputation moves ranks (the mean of available indicators would not: under amean with equal weights
  // it equals leaving the cell out and rescaling the weights).
  const grouped = { ...data, groups: { G: data.units.map((_, u) => (u % 3 ? 'a' : 'b')) } };
  const imputeAlts = [null, { method: 'groupMean', group: 'G' }];
  const ranksOf = (s: object) => Array.from(runIndex({ data: grouped, spec: s }).rank);
  it('prepareUncertainty grid: imputation varies slowest; each combination ranks as runIndex with it', () => {
    const aggregate = [{ method: 'amean' }, { method: 'gmean' }];
    const s = { normalise: minmax, uncertainty: { alternatives: { aggregate, impute: imputeAlts } } };
    const run = prepareUncertainty({ data: grouped, spec: s, grid: true });
    expect(run.total).toBe(4);
    const ranks = new Uint16Array(4 * 30);
    run.runDraws(0, 4, ranks);
    const expected = [
      ranksOf({ normalise: minmax, aggregate: aggregate[0] }),
      ranksOf({ normalise: minmax, aggregate: aggregate[1] }),
      ranksOf({ normalise: minmax, aggregate: aggregate[0], impute: imputeAlts[1] }),
      ranksOf({ normalise: minmax, aggregate: aggregate[1], impute: imputeAlts[1] })
    ];
    // Group means fill the missing cells of this data, so the imputed rankings differ from the others.
    expect(expected[2]).not.toEqual(expected[0]);
    for (let d = 0; d < 4; d++)
      expect(Array.from(ranks.subarray(d * 30, (d + 1) * 30)), `combination ${d}`).toEqual(expected[d]);
  });
  it('prepareUncertainty Monte Carlo draws an imputation per draw (both seen), any split of the draws equal', () => {
    const s = { normalise: minmax, uncertainty: { weightNoise: 0.2, alternatives: { impute: imputeAlts } } };
    const run = prepareUncertainty({ data: grouped, spec: s, draws: 60, seed: 4 });
    expect(run.inputs).toEqual(['weights', 'impute']);
    const whole = new Uint16Array(60 * 30);
    run.runDraws(0, 60, whole);
    const parts = new Uint16Array(60 * 30);
    run.runDraws(0, 23, parts.subarray(0, 23 * 30));
    run.runDraws(23, 60, parts.subarray(23 * 30));
    expect(Array.from(parts)).toEqual(Array.from(whole));
    // Imputation alone (no weight noise): every draw is one of the two rankings, and both occur.
    const only = prepareUncertainty({ data: grouped, spec: s, draws: 40, seed: 4 });
    const ranks = new Uint16Array(40 * 30);
    only.runDraws(0, 40, ranks, { weights: false });
    const a = ranksOf({ normalise: minmax });
    const b = ranksOf({ normalise: minmax, impute: imputeAlts[1] });
    const seen = new Set<string>();
    for (let d = 0; d < 40; d++) {
      const r = Array.from(ranks.subarray(d * 30, (d + 1) * 30));
      expect([a, b]).toContainEqual(r);
      seen.add(JSON.stringify(r));
    }
    expect(seen.size).toBe(2);
  });
  it('prepareUncertainty refuses indicator inclusion and recency alternatives by name', () => {
    const alt = (a: object) => ({ uncertainty: { alternatives: a } });
    expect(() => prepareUncertainty({ data, spec: alt({ exclude: [null, 'I1', 'I2'] }), specName: 's.json' })).toThrow(
      's.json: uncertainty.alternatives.exclude: expected no indicator inclusion alternatives in a Monte Carlo uncertainty analysis (dtr sensitivity varies them), got 3'
    );
    expect(() => prepareUncertainty({ data, spec: alt({ maxAge: [null, 3] }), specName: 's.json' })).toThrow(
      's.json: uncertainty.alternatives.maxAge: expected no recency alternatives in a Monte Carlo uncertainty analysis (dtr sensitivity varies them), got 2'
    );
  });
});
