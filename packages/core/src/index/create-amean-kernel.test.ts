import { describe, expect, it } from 'vitest';
import { createRng } from '../create-rng.ts';
import type { CoinData } from './coin-data.ts';
import { compileFramework } from './compile-framework.ts';
import { createAmeanKernel } from './create-amean-kernel.ts';
import { runIndex } from './run-index.ts';
import { syntheticCoinData } from './synthetic-coin-data.ts';

// Synthetic data has ~2 % missing cells and every 7th indicator of negative direction; on top of that unit 0 misses
// all of pillar P1 (I1–I5), unit 1 two of P2's five (3 present: exactly at a 0.6 availability threshold, kept), unit 3
// three of P3's five (below it, dropped) and unit 2 everything, so its index is NaN.
function data(): CoinData {
  const d = syntheticCoinData({ units: 60, indicators: 20, seed: 11 });
  for (let i = 1; i <= 20; i++) {
    const col = d.columns[`I${i}`];
    if (i <= 5) col[0] = NaN;
    if (i === 6 || i === 7) col[1] = NaN;
    if (i >= 11 && i <= 13) col[3] = NaN;
    col[2] = NaN;
  }
  return d;
}

/** Perturbed weights as Monte Carlo draws them, by code for runIndex and by row for the kernel. */
function drawWeights(codes: string[], nominal: Float64Array, rng: () => number) {
  const byRow = nominal.map((w) => w * (1 + 0.25 * (2 * rng() - 1)));
  return { byRow, byCode: Object.fromEntries(codes.map((c, r) => [c, byRow[r]])) };
}

function expectClose(got: Float64Array, want: Float64Array) {
  expect(got.length).toBe(want.length);
  for (let u = 0; u < want.length; u++) {
    if (Number.isNaN(want[u])) expect(got[u], `unit ${u}`).toBeNaN();
    else expect(Math.abs(got[u] - want[u]), `unit ${u}`).toBeLessThan(1e-12);
  }
}

describe('createAmeanKernel', () => {
  for (const [name, spec] of [
    ['minmax [0, 100]', { normalise: { method: 'minmax', range: [0, 100] } }],
    [
      'z-scores (negative values), availability threshold 0.6',
      {
        normalise: { method: 'zscore', mean: 0, sd: 1 },
        aggregate: { method: 'amean', availabilityThreshold: 0.6 }
      }
    ]
  ] as const) {
    it(`index of two weight draws equals runIndex with the same weights to 1e-12, NaN where runIndex has NaN (${name})`, () => {
      const d = data();
      const nominal = runIndex({ data: d, spec });
      const fw = compileFramework(d.meta);
      const kernel = createAmeanKernel(nominal.scores, d.units.length, fw, spec.aggregate?.availabilityThreshold);
      const rng = createRng(4);
      const nU = d.units.length;
      for (let pair = 0; pair < 20; pair++) {
        const a = drawWeights(fw.codes, fw.weight, rng);
        const b = drawWeights(fw.codes, fw.weight, rng);
        kernel.weights[0].set(a.byRow);
        kernel.weights[1].set(b.byRow);
        const out = kernel.run() as Float64Array;
        expectClose(out.subarray(0, nU), runIndex({ data: d, spec: { ...spec, weights: a.byCode } }).index);
        expectClose(out.subarray(nU), runIndex({ data: d, spec: { ...spec, weights: b.byCode } }).index);
      }
      expect(nominal.index[2]).toBeNaN();
    });
  }

  it('handles an aggregate with both indicator and aggregate children (indicator X3 feeds the index directly)', () => {
    const d: CoinData = {
      units: ['A', 'B', 'C'],
      unitNames: ['A', 'B', 'C'],
      groups: {},
      meta: [
        { code: 'X1', name: 'X1', level: 1, parent: 'P1', direction: 1, weight: 1, type: 'Indicator' },
        { code: 'X2', name: 'X2', level: 1, parent: 'P1', direction: -1, weight: 2, type: 'Indicator' },
        { code: 'X3', name: 'X3', level: 1, parent: 'Index', direction: 1, weight: 1, type: 'Indicator' },
        { code: 'P1', name: 'P1', level: 2, parent: 'Index', direction: 1, weight: 3, type: 'Aggregate' },
        { code: 'Index', name: 'Index', level: 3, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
      ],
      columns: {
        X1: Float64Array.from([1, 5, NaN]),
        X2: Float64Array.from([3, NaN, 1]),
        X3: Float64Array.from([2, 7, 4])
      }
    };
    const nominal = runIndex({ data: d });
    const fw = compileFramework(d.meta);
    const kernel = createAmeanKernel(nominal.scores, 3, fw);
    const weights = Float64Array.from([1.5, 0.5, 2, 1, 1]);
    kernel.weights[0].set(weights);
    kernel.weights[1].set(fw.weight);
    const out = kernel.run() as Float64Array;
    const byCode = Object.fromEntries(fw.codes.map((c, r) => [c, weights[r]]));
    expectClose(out.subarray(0, 3), runIndex({ data: d, spec: { weights: byCode } }).index);
    expectClose(out.subarray(3), nominal.index);
  });

  it('returns null when a weight vector leaves a zero denominator', () => {
    const d = data();
    const nominal = runIndex({ data: d });
    const fw = compileFramework(d.meta);
    const kernel = createAmeanKernel(nominal.scores, d.units.length, fw);
    kernel.weights[0].set(fw.weight);
    kernel.weights[1].set(fw.weight);
    kernel.weights[1].fill(0, 0, 5);
    expect(kernel.run()).toBeNull();
  });
});
