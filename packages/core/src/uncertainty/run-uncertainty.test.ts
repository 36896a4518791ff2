import { describe, expect, it } from 'vitest';
import { runIndex } from '../index/run-index.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { prepareUncertainty } from './prepare-uncertainty.ts';
import { runUncertainty } from './run-uncertainty.ts';
import { runUncertaintyAsync } from './run-uncertainty-async.ts';

const data = syntheticCoinData({ units: 40, indicators: 12, seed: 3 });
const alternatives = {
  'treat.winmax': [1, 3],
  normalise: [
    { method: 'minmax', range: [1, 100] },
    { method: 'zscore', mean: 10, sd: 2 }
  ],
  aggregate: [{ method: 'amean' }, { method: 'gmean' }]
};
const spec = {
  treat: { winmax: 3 },
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: { weightNoise: 0.25, alternatives }
};

describe('runUncertainty', () => {
  it('the nominal rank is the rank of runIndex with the same spec', () => {
    const r = runUncertainty({ data, spec, draws: 10, seed: 1 });
    expect(Array.from(r.nominal)).toEqual(Array.from(runIndex({ data, spec }).rank));
  });
  it('is reproducible from the seed and changes with it', () => {
    const a = runUncertainty({ data, spec, draws: 300, seed: 9 });
    const b = runUncertainty({ data, spec, draws: 300, seed: 9 });
    const c = runUncertainty({ data, spec, draws: 300, seed: 10 });
    expect(Array.from(b.mean)).toEqual(Array.from(a.mean));
    expect(Array.from(c.mean)).not.toEqual(Array.from(a.mean));
  });
  it('gives identical results however the draws are chunked', () => {
    const a = runUncertainty({ data, spec, draws: 257, seed: 4 }, { chunk: 500 });
    const b = runUncertainty({ data, spec, draws: 257, seed: 4 }, { chunk: 7 });
    expect(Array.from(b.q95)).toEqual(Array.from(a.q95));
    expect(Array.from(b.mean)).toEqual(Array.from(a.mean));
  });
  it('with nothing uncertain every draw equals the nominal rank', () => {
    const r = runUncertainty({ data, spec: { treat: { winmax: 3 } }, draws: 20, seed: 1 });
    expect(Array.from(r.mean)).toEqual(Array.from(r.nominal));
    expect(Array.from(r.q05)).toEqual(Array.from(r.nominal));
  });
  it('grid mode runs every combination once (2 × 2 × 2 = 8) and its mean rank equals the mean over those 8 runIndex calls', () => {
    const r = runUncertainty({ data, spec, grid: true });
    expect(r.draws).toBe(8);
    const sum = new Float64Array(40);
    for (const winmax of alternatives['treat.winmax']) {
      for (const normalise of alternatives.normalise) {
        for (const aggregate of alternatives.aggregate) {
          runIndex({ data, spec: { treat: { winmax }, normalise, aggregate } }).rank.forEach((v, u) => (sum[u] += v));
        }
      }
    }
    r.mean.forEach((m, u) => expect(m).toBeCloseTo(sum[u] / 8, 12));
  });
  it('Monte Carlo over the discrete alternatives converges to the grid (mean rank within 0.25 after 20,000 draws)', () => {
    // Ranks here swing by up to ~20 places between combinations (sd ≈ 7), so 4 standard errors ≈ 4·7/√20000 ≈ 0.2.
    const discrete = { ...spec, uncertainty: { alternatives } };
    const grid = runUncertainty({ data, spec: discrete, grid: true });
    const mc = runUncertainty({ data, spec: discrete, draws: 20000, seed: 13 });
    mc.mean.forEach((m, u) => expect(Math.abs(m - grid.mean[u])).toBeLessThan(0.25));
  });
  it('weight noise draws match runIndex with the same perturbed weights (draw 0)', () => {
    const run = prepareUncertainty({ data, spec: { treat: { winmax: 3 } }, noise: 0.5, seed: 2, draws: 1 });
    const ranks = new Uint16Array(40);
    run.runDraws(0, 1, ranks);
    expect(run.inputs).toEqual(['weights']);
    // The same draw with the noise switched off is the nominal ranking; with it on, some rank differs.
    const off = new Uint16Array(40);
    run.runDraws(0, 1, off, { weights: false });
    expect(Array.from(off)).toEqual(Array.from(run.nominalRank));
    expect(Array.from(ranks)).not.toEqual(Array.from(run.nominalRank));
  });
  it('sensitivity lists each uncertain input with its mean and max rank shift', () => {
    const r = runUncertainty({ data, spec, draws: 200, seed: 5 }, { sensitivity: true });
    expect(r.sensitivity.map((s) => s.input)).toEqual(['weights', 'treat.winmax', 'normalise', 'aggregate']);
    for (const s of r.sensitivity) {
      expect(s.meanAbsShift).toBeGreaterThanOrEqual(0);
      expect(s.maxAbsShift).toBeGreaterThanOrEqual(s.meanAbsShift);
    }
    expect(r.sensitivity[0].maxAbsShift).toBeGreaterThan(0);
  });
  it('progress is reported per chunk; shouldStop cancels with an AbortError', async () => {
    const seen: number[] = [];
    runUncertainty({ data, spec, draws: 25, seed: 1 }, { chunk: 10, onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([10, 20, 25]);
    let calls = 0;
    await expect(
      runUncertaintyAsync(
        { data, spec, draws: 100, seed: 1 },
        { chunk: 10, shouldStop: () => ++calls > 3, pause: async () => {} }
      )
    ).rejects.toMatchObject({
      name: 'AbortError'
    });
  });
});
