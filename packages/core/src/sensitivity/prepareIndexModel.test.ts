import { describe, expect, it } from 'vitest';
import { runIndex } from '../index/runIndex.ts';
import { syntheticCoinData } from '../index/syntheticCoinData.ts';
import { prepareIndexModel } from './prepareIndexModel.ts';

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
