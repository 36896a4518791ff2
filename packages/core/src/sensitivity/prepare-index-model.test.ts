import { describe, expect, it } from 'vitest';
import { runIndex } from '../index/run-index.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { prepareIndexModel } from './prepare-index-model.ts';

const data = syntheticCoinData({ units: 40, indicators: 10, seed: 3 });
const minmax = { method: 'minmax', range: [1, 100] };
const spec = {
  normalise: minmax,
  uncertainty: {
    weightNoise: 0.3,
    alternatives: { 'treat.winmax': [5], normalise: [minmax, { method: 'rank' }], aggregate: ['amean', 'gmean'] }
  }
};

/** Mean |rank − nominal rank| over units ranked in both, from two runIndex results. */
const shift = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  let n = 0;
  a.forEach((r, i) => {
    if (r === r && b[i] === b[i]) {
      s += Math.abs(r - b[i]);
      n++;
    }
  });
  return s / n;
};

describe('prepareIndexModel', () => {
  const m = prepareIndexModel({ data, spec });
  const nominal = runIndex({ data, spec }).rank;
  const noisy = m.groups[2];
  it('prepareIndexModel: inputs are the alternatives with two or more values, then the weights as one group', () => {
    expect(m.inputs).toEqual(['normalise', 'aggregate', 'weights']);
    expect(m.groups.slice(0, 2)).toEqual([[0], [1]]);
    // 10 indicators, 2 pillars, 2 sub-indexes: 14 weights below the index; the index's own weight scales nothing.
    expect(noisy.length).toBe(14);
    expect(m.d).toBe(16);
    expect(m.output).toBe('meanAbsRankShift');
    expect(Array.from(m.nominalRank)).toEqual(Array.from(nominal));
  });
  it('prepareIndexModel: the nominal choices and unscaled weights (u = 0.5) give a shift of 0', () => {
    const u = new Float64Array(m.d).fill(0.5);
    u[0] = 0.2;
    u[1] = 0.4;
    expect(m.model(u)).toBe(0);
  });
  it('prepareIndexModel: u picks ⌊u·L⌋ of each list; the shift equals runIndex with those choices (rank, gmean)', () => {
    const u = new Float64Array(m.d).fill(0.5);
    u[0] = 0.99;
    u[1] = 0.5;
    const other = runIndex({ data, spec: { normalise: { method: 'rank' }, aggregate: { method: 'gmean' } } }).rank;
    expect(m.model(u)).toBeCloseTo(shift(other, nominal), 12);
    expect(m.model(u)).toBeGreaterThan(0);
  });
  it('prepareIndexModel: weight columns scale each weight by 1 + f(2u − 1) (u = 1: ×1.3 on the first weight)', () => {
    const u = new Float64Array(m.d).fill(0.5);
    u[0] = 0.2;
    u[1] = 0.2;
    u[noisy[0]] = 1;
    const weights = { [runIndex({ data }).codes[0]]: 1.3 };
    const other = runIndex({ data, spec: { normalise: minmax, weights } }).rank;
    expect(m.model(u)).toBeCloseTo(shift(other, nominal), 12);
  });
  it('prepareIndexModel with a unit outputs that unit’s rank', () => {
    const unit = prepareIndexModel({ data, spec, unit: data.units[7] });
    expect(unit.output).toBe('rank');
    expect(unit.model(new Float64Array(unit.d).fill(0.1))).toBe(nominal[7]);
  });
  it('prepareIndexModel names what is wrong: no uncertain input, an unknown unit', () => {
    expect(() =>
      prepareIndexModel({ data, spec: { uncertainty: { alternatives: { normalise: [minmax] } } }, specName: 's.json' })
    ).toThrow(
      's.json: uncertainty: expected at least one uncertain input (an alternatives list of two or more values, or weightNoise ≠ 0), got none'
    );
    const big = syntheticCoinData({ units: 20, indicators: 130, seed: 1 });
    expect(() => prepareIndexModel({ data: big, spec: { uncertainty: { weightNoise: 0.1 } } })).toThrow(
      /^spec: uncertainty: expected at most 128 uncertain columns \(alternatives, and one per weight below the index when weightNoise ≠ 0\), got 1\d\d$/
    );
    expect(() => prepareIndexModel({ data, spec, unit: 'NOPE' })).toThrow(
      'unit: expected a uCode of the data, got "NOPE"'
    );
  });
});

describe('prepareIndexModel with imputation alternatives', () => {
  it('prepareIndexModel: an impute list is a discrete input; availableMean gives the shift of runIndex with it', () => {
    const s = { normalise: minmax, uncertainty: { alternatives: { impute: [null, { method: 'availableMean' }] } } };
    const m = prepareIndexModel({ data, spec: s });
    expect(m.inputs).toEqual(['impute']);
    const nominal = runIndex({ data, spec: { normalise: minmax } }).rank;
    const imputed = runIndex({ data, spec: { normalise: minmax, impute: { method: 'availableMean' } } });
    expect(imputed.log.imputed.length).toBeGreaterThan(0);
    expect(m.model(Float64Array.of(0.2))).toBe(0);
    expect(m.model(Float64Array.of(0.7))).toBeCloseTo(shift(imputed.rank, nominal), 12);
  });
});

describe('prepareIndexModel with indicator inclusion and recency alternatives', () => {
  const without = (code: string) => ({ ...data, meta: data.meta.filter((x) => x.code !== code) });
  it('prepareIndexModel: exclude picks the index built without that indicator (shift of runIndex on iMeta less I3)', () => {
    const s = { normalise: minmax, uncertainty: { alternatives: { exclude: [null, 'I3', ['I3', 'I4']] } } };
    const m = prepareIndexModel({ data, spec: s });
    expect(m.inputs).toEqual(['exclude']);
    const nominal = runIndex({ data, spec: { normalise: minmax } }).rank;
    expect(m.model(Float64Array.of(0.1))).toBe(0);
    const dropped = runIndex({ data: without('I3'), spec: { normalise: minmax } }).rank;
    expect(m.model(Float64Array.of(0.5))).toBeCloseTo(shift(dropped, nominal), 12);
    expect(m.model(Float64Array.of(0.5))).toBeGreaterThan(0);
    const both = { ...data, meta: data.meta.filter((x) => x.code !== 'I3' && x.code !== 'I4') };
    expect(m.model(Float64Array.of(0.9))).toBeCloseTo(
      shift(runIndex({ data: both, spec: { normalise: minmax } }).rank, nominal),
      12
    );
  });
  it('prepareIndexModel: weight noise follows each weight by code into a framework without an indicator', () => {
    const s = { normalise: minmax, uncertainty: { weightNoise: 0.3, alternatives: { exclude: [null, 'I3'] } } };
    const m = prepareIndexModel({ data, spec: s });
    expect(m.inputs).toEqual(['exclude', 'weights']);
    const u = new Float64Array(m.d).fill(0.5);
    u[0] = 0.9;
    // The weight columns are the full framework's rows below the index: I1 … I10 first, so column 1 + 3 is I4.
    u[1 + 3] = 1;
    const nominal = runIndex({ data, spec: { normalise: minmax } }).rank;
    const other = runIndex({ data: without('I3'), spec: { normalise: minmax, weights: { I4: 1.3 } } }).rank;
    expect(m.model(u)).toBeCloseTo(shift(other, nominal), 12);
  });
  it('prepareIndexModel: maxAge drops values older than the indicator’s latest year minus the age', () => {
    // Year of unit u's values: 2024 − (u mod 6), so maxAge 2 keeps 2022 … 2024 and drops half of every column.
    const years = Object.fromEntries(
      Object.entries(data.columns).map(([c, col]) => [c, col.map((v, u) => (v === v ? 2024 - (u % 6) : NaN))])
    );
    const aged = Object.fromEntries(
      Object.entries(data.columns).map(([c, col]) => [c, col.map((v, u) => (years[c][u] >= 2022 ? v : NaN))])
    );
    const s = { normalise: minmax, uncertainty: { alternatives: { maxAge: [null, 5, 2] } } };
    const m = prepareIndexModel({ data: { ...data, years }, spec: s });
    expect(m.inputs).toEqual(['maxAge']);
    const nominal = runIndex({ data, spec: { normalise: minmax } }).rank;
    // maxAge 5 keeps every value (the oldest is 2019): no shift.
    expect(m.model(Float64Array.of(0.5))).toBe(0);
    const recent = runIndex({ data: { ...data, columns: aged }, spec: { normalise: minmax } }).rank;
    expect(m.model(Float64Array.of(0.9))).toBeCloseTo(shift(recent, nominal), 12);
    expect(m.model(Float64Array.of(0.9))).toBeGreaterThan(0);
  });
  it('prepareIndexModel names a bad inclusion or recency alternative', () => {
    const alt = (a: object) => ({ uncertainty: { alternatives: a } });
    expect(() => prepareIndexModel({ data, spec: alt({ exclude: [null, 'P1'] }), specName: 's.json' })).toThrow(
      's.json: uncertainty.alternatives.exclude[1]: expected indicator codes of iMeta (I1, I2, I3, I4, I5, I6, I7, I8, I9, I10), got "P1"'
    );
    const pillar = data.meta.filter((x) => x.parent === 'P1').map((x) => x.code);
    expect(() => prepareIndexModel({ data, spec: alt({ exclude: [null, pillar] }), specName: 's.json' })).toThrow(
      `s.json: uncertainty.alternatives.exclude[1]: without ${pillar.join(', ')}, iMeta: aggregate P1 has no children`
    );
    expect(() => prepareIndexModel({ data, spec: alt({ maxAge: [null, 3] }), specName: 's.json' })).toThrow(
      's.json: uncertainty.alternatives.maxAge: expected the years of the values (an iYears table, dtr sensitivity --years iYears.csv), got none'
    );
  });
});
