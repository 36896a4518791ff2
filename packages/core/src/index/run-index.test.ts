import { describe, expect, it } from 'vitest';
import type { CoinData } from './coin-data.ts';
import { runIndex } from './run-index.ts';

// Hand example: X1 (+) and X2 (−, one missing) in P1; X3 (+) alone in P2; Index = mean(P1, P2).
const example = (): CoinData => ({
  units: ['A', 'B', 'C', 'D'],
  unitNames: ['A', 'B', 'C', 'D'],
  groups: {},
  meta: [
    { code: 'X1', name: 'X1', level: 1, parent: 'P1', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'X2', name: 'X2', level: 1, parent: 'P1', direction: -1, weight: 1, type: 'Indicator' },
    { code: 'X3', name: 'X3', level: 1, parent: 'P2', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'P1', name: 'P1', level: 2, parent: 'Index', direction: 1, weight: 1, type: 'Aggregate' },
    { code: 'P2', name: 'P2', level: 2, parent: 'Index', direction: 1, weight: 1, type: 'Aggregate' },
    { code: 'Index', name: 'Index', level: 3, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
  ],
  columns: {
    X1: Float64Array.from([1, 2, 3, 5]),
    X2: Float64Array.from([10, 20, NaN, 40]),
    X3: Float64Array.from([4, 4, 2, 2])
  }
});

const row = (r: ReturnType<typeof runIndex>, code: string) =>
  Array.from(r.scores.subarray(r.codes.indexOf(code) * 4, (r.codes.indexOf(code) + 1) * 4));

describe('runIndex (hand-checked example)', () => {
  it('min-max, arithmetic mean: missing child dropped, direction −1, ties share the lower rank', () => {
    const r = runIndex({ data: example() });
    // X1 → 0, 25, 50, 100; X2 (−1) → 100, 66.67, NaN, 0; X3 → 100, 100, 0, 0
    expect(row(r, 'X2')[1]).toBeCloseTo(200 / 3, 12);
    // P1: A (0 + 100)/2, B (25 + 66.67)/2, C only X1 = 50 (weight rescaled), D (100 + 0)/2
    expect(row(r, 'P1')[0]).toBe(50);
    expect(row(r, 'P1')[1]).toBeCloseTo(275 / 6, 12);
    expect(row(r, 'P1')[2]).toBe(50);
    // Index: A 75, B 72.917, C 25, D 25 → ranks 1, 2, 3, 3
    expect(r.index[0]).toBe(75);
    expect(r.index[1]).toBeCloseTo((275 / 6 + 100) / 2, 12);
    expect([r.index[2], r.index[3]]).toEqual([25, 25]);
    expect(Array.from(r.rank)).toEqual([1, 2, 3, 3]);
    expect(r.codes[r.codes.length - 1]).toBe('Index');
    expect(r.log.missing).toEqual([{ code: 'X2', units: ['C'] }]);
  });
  it('weights from the spec override the metadata (X1 weight 3: P1 of A = (3·0 + 100)/4 = 25)', () => {
    const r = runIndex({ data: example(), spec: { weights: { X1: 3 } } });
    expect(row(r, 'P1')[0]).toBe(25);
    expect(r.log.weights.X1).toBe(3);
  });
  it('only relative weights inside a parent matter (weights sum to one inside the parent)', () => {
    const a = runIndex({ data: example(), spec: { weights: { X1: 1, X2: 3 } } });
    const b = runIndex({ data: example(), spec: { weights: { X1: 0.25, X2: 0.75 } } });
    a.scores.forEach((v, i) => (v === v ? expect(b.scores[i]).toBeCloseTo(v, 12) : expect(b.scores[i]).toBeNaN()));
  });
  it('geometric mean on values ≤ 0 fails with a message naming the aggregate, child and unit', () => {
    expect(() => runIndex({ data: example(), spec: { aggregate: { method: 'gmean' } } })).toThrow(
      /gmean: P1 has child X1 = 0 for unit A/
    );
  });
  it('geometric and harmonic means on min-max [1, 100]', () => {
    const g = runIndex({
      data: example(),
      spec: { normalise: { method: 'minmax', range: [1, 100] }, aggregate: { method: 'gmean' } }
    });
    // P1 of A: X1 = 1, X2 = 100 → √100 = 10
    expect(row(g, 'P1')[0]).toBeCloseTo(10, 12);
    const h = runIndex({
      data: example(),
      spec: { normalise: { method: 'minmax', range: [1, 100] }, aggregate: { method: 'hmean' } }
    });
    expect(row(h, 'P1')[0]).toBeCloseTo(2 / (1 + 1 / 100), 12);
  });
  it('an availability threshold blanks aggregates with too few children (C has 1 of 2 in P1)', () => {
    const r = runIndex({ data: example(), spec: { aggregate: { method: 'amean', availabilityThreshold: 0.6 } } });
    expect(row(r, 'P1')[2]).toBeNaN();
    // …and then the Index has 1 of 2 children too, so C is unscored and unranked; the others keep their ranks.
    expect(r.index[2]).toBeNaN();
    expect(Array.from(r.rank)).toEqual([1, 2, NaN, 3]);
  });
  it('min-max ranks are invariant to affine rescaling of every raw column', () => {
    const d = example();
    const scaled = example();
    for (const code of Object.keys(scaled.columns)) scaled.columns[code] = scaled.columns[code].map((v) => 17 * v + 3);
    expect(Array.from(runIndex({ data: scaled }).rank)).toEqual(Array.from(runIndex({ data: d }).rank));
  });
  it('records treatment in the method log', () => {
    const d = example();
    d.units = Array.from({ length: 10 }, (_, i) => `U${i}`);
    d.columns = {
      X1: Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]),
      X2: Float64Array.from({ length: 10 }, (_, i) => i),
      X3: Float64Array.from({ length: 10 }, (_, i) => i % 3)
    };
    const r = runIndex({ data: d, spec: { treat: { method: 'winsorise' } } });
    expect(r.log.treatedPoints).toEqual([{ code: 'X1', unit: 'U9', flag: 'winhi', raw: 100, treated: 9 }]);
    expect(r.log.treatment.map((t) => t.method)).toEqual(['winsorise', 'none', 'none']);
    // After clipping, U9 has the top X1 score: (9 − 1)/(9 − 1) = 100
    expect(row(r, 'X1').length).toBe(4);
    expect(r.scores[r.codes.indexOf('X1') * 10 + 9]).toBe(100);
  });
  it('group-mean imputation fills the missing cell before normalising', () => {
    const d = example();
    d.groups = { size_group: ['S', 'L', 'L', 'L'] };
    const r = runIndex({ data: d, spec: { impute: { method: 'groupMean', group: 'size_group' } } });
    expect(r.log.imputed).toEqual([{ code: 'X2', unit: 'C', value: 30 }]);
    expect(row(r, 'X2')[2]).toBeCloseTo(100 / 3, 12);
  });
});
