import { describe, expect, it } from 'vitest';
import { defaultSpec } from './index-spec.ts';
import { resolveSpec } from './resolve-spec.ts';

describe('resolveSpec', () => {
  it('an empty spec is the default: no treatment, min-max [0, 100], arithmetic mean', () => {
    expect(resolveSpec({})).toEqual({ ...defaultSpec, weights: {}, impute: null });
  });
  it('fills COINr treatment defaults and keeps the DESIGN.md example as given', () => {
    const s = resolveSpec({
      treat: { method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 },
      normalise: { method: 'minmax', range: [0, 100] },
      aggregate: { method: 'amean' },
      weights: { P1: 1.0 },
      uncertainty: {
        weightNoise: 0.25,
        alternatives: { 'treat.winmax': [1, 2], aggregate: [{ method: 'amean' }, { method: 'gmean' }] }
      }
    });
    expect(s.treat).toEqual({ method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 });
    expect(resolveSpec({ treat: {} }).treat?.winmax).toBe(5);
    expect(s.uncertainty?.alternatives?.aggregate).toEqual([{ method: 'amean' }, { method: 'gmean' }]);
  });
  it('errors name the source, the path, what was expected and what was found', () => {
    expect(() => resolveSpec({ normalise: { method: 'minimax' } }, 'spec.json')).toThrow(
      'spec.json: normalise.method: expected one of minmax, zscore, goalposts, rank, got "minimax"'
    );
    expect(() => resolveSpec({ aggregate: { method: 'median' } })).toThrow(
      'spec: aggregate.method: expected one of amean, gmean, hmean, got "median"'
    );
    expect(() => resolveSpec({ weights: { X: 'a' } })).toThrow('spec: weights.X: expected a finite number, got "a"');
    expect(() => resolveSpec({ treat: { winmax: 1.5 } })).toThrow(/treat.winmax: expected a whole number/);
    expect(() => resolveSpec({ uncertainty: { alternatives: { foo: [1] } } })).toThrow(/uncertainty.alternatives.foo/);
    expect(() => resolveSpec([])).toThrow(/expected an object/);
  });
});

describe('resolveSpec uncertainty sensitivity settings', () => {
  it("keeps an edition spec's sensitivity samples, seed and bootstrap, and refuses a bad one with its path", () => {
    const sensitivity = { samples: 512, seed: 3, bootstrap: 200 };
    expect(resolveSpec({ uncertainty: { sensitivity } }).uncertainty).toEqual({ sensitivity });
    expect(() => resolveSpec({ uncertainty: { sensitivity: { ...sensitivity, samples: 1 } } }, 's.json')).toThrow(
      's.json: uncertainty.sensitivity.samples: expected a whole number in [2, 100000], got 1'
    );
    expect(() => resolveSpec({ uncertainty: { sensitivity: { ...sensitivity, draws: 9 } } }, 's.json')).toThrow(
      's.json: uncertainty.sensitivity.draws: unknown key'
    );
    expect(() => resolveSpec({ uncertainty: { sensitivity: { samples: 512, seed: 3 } } }, 's.json')).toThrow(
      's.json: uncertainty.sensitivity.bootstrap: expected a finite number, got nothing'
    );
  });
});

describe('resolveSpec uncertainty draws and seed', () => {
  it("keeps an edition spec's draws and seed, and refuses impossible ones with their path", () => {
    expect(resolveSpec({ uncertainty: { draws: 1000, seed: 7 } }).uncertainty).toEqual({ draws: 1000, seed: 7 });
    expect(() => resolveSpec({ uncertainty: { draws: 0 } }, 's.json')).toThrow(
      's.json: uncertainty.draws: expected a whole number in [1, 1000000], got 0'
    );
    expect(() => resolveSpec({ uncertainty: { draws: 2.5 } }, 's.json')).toThrow(/uncertainty\.draws/);
    expect(() => resolveSpec({ uncertainty: { seed: -1 } }, 's.json')).toThrow(
      's.json: uncertainty.seed: expected a whole number in [0, 4294967295], got -1'
    );
  });
});

describe('resolveSpec impute', () => {
  it('resolveSpec accepts groupMedian with a group and availableMean, and names an unknown method', () => {
    expect(resolveSpec({ impute: { method: 'groupMedian', group: 'Income_group' } }).impute).toEqual({
      method: 'groupMedian',
      group: 'Income_group'
    });
    expect(resolveSpec({ impute: { method: 'availableMean' } }).impute).toEqual({ method: 'availableMean' });
    expect(() => resolveSpec({ impute: { method: 'groupMedian' } }, 's.json')).toThrow(
      's.json: impute.group: expected the name of a group column, got nothing'
    );
    expect(() => resolveSpec({ impute: { method: 'knn' } })).toThrow(
      'spec: impute.method: expected groupMean, groupMedian, availableMean, lastAvailable or listwise, got "knn"'
    );
  });
});

describe('resolveSpec uncertainty.alternatives.impute', () => {
  it('resolveSpec checks each imputation alternative (null = none) and names the bad one', () => {
    const s = resolveSpec({ uncertainty: { alternatives: { impute: [null, { method: 'availableMean' }] } } });
    expect(s.uncertainty?.alternatives?.impute).toEqual([null, { method: 'availableMean' }]);
    expect(() => resolveSpec({ uncertainty: { alternatives: { impute: [null, { method: 'knn' }] } } })).toThrow(
      'spec: uncertainty.alternatives.impute[1].method: expected groupMean, groupMedian, availableMean, lastAvailable or listwise, got "knn"'
    );
  });
});

describe('resolveSpec uncertainty.alternatives.exclude and maxAge', () => {
  it('resolveSpec reads exclude as lists of codes (null = none) and maxAge as null or whole years ≥ 0', () => {
    const s = resolveSpec({
      uncertainty: { alternatives: { exclude: [null, 'IDI', ['IDI', 'FixedBB']], maxAge: [null, 0, 3] } }
    });
    expect(s.uncertainty?.alternatives?.exclude).toEqual([[], ['IDI'], ['IDI', 'FixedBB']]);
    expect(s.uncertainty?.alternatives?.maxAge).toEqual([null, 0, 3]);
  });
  it('resolveSpec names a bad exclude or maxAge alternative by its path', () => {
    const cases: [object, string][] = [
      [
        { exclude: [null, 3] },
        'spec: uncertainty.alternatives.exclude[1]: expected null, an indicator code or a list of codes, got 3'
      ],
      [
        { exclude: [['IDI', '']] },
        'spec: uncertainty.alternatives.exclude[0][1]: expected null, an indicator code or a list of codes, got ""'
      ],
      [
        { exclude: [['IDI', 'IDI']] },
        'spec: uncertainty.alternatives.exclude[0][1]: expected a code not listed before it, got "IDI"'
      ],
      [
        { maxAge: [null, -1] },
        'spec: uncertainty.alternatives.maxAge[1]: expected null or a whole number of years ≥ 0, got -1'
      ],
      [
        { maxAge: [2.5] },
        'spec: uncertainty.alternatives.maxAge[0]: expected null or a whole number of years ≥ 0, got 2.5'
      ],
      [{ maxAge: ['3'] }, 'spec: uncertainty.alternatives.maxAge[0]: expected a finite number, got "3"'],
      [
        { recency: [1] },
        'spec: uncertainty.alternatives.recency: expected a path among treat.winmax, normalise, aggregate, aggregate.method, impute, exclude, maxAge, got "recency"'
      ]
    ];
    for (const [alternatives, message] of cases)
      expect(() => resolveSpec({ uncertainty: { alternatives } }), message).toThrow(message);
  });
});
