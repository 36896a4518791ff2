import { describe, expect, it } from 'vitest';
import { runUncertainty } from '../uncertainty/run-uncertainty.ts';
import { monteCarloSpec, sensitivityOnlyInputs } from './monte-carlo-spec.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';

const spec = {
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: {
    weightNoise: 0.25,
    sensitivity: { samples: 64, seed: 1, bootstrap: 10 },
    alternatives: {
      aggregate: [{ method: 'amean' }, { method: 'gmean' }],
      impute: [null, { method: 'availableMean' }],
      exclude: [null, 'I1'],
      maxAge: [null, 3]
    }
  }
};

describe('monteCarloSpec', () => {
  it('drops the indicator-inclusion and recency alternatives and keeps every other member', () => {
    expect(sensitivityOnlyInputs).toEqual(['exclude', 'maxAge']);
    expect(monteCarloSpec({ spec })).toEqual({
      normalise: spec.normalise,
      uncertainty: {
        weightNoise: 0.25,
        sensitivity: spec.uncertainty.sensitivity,
        alternatives: {
          aggregate: spec.uncertainty.alternatives.aggregate,
          impute: [null, { method: 'availableMean' }]
        }
      }
    });
    expect(Object.keys(spec.uncertainty.alternatives)).toEqual(['aggregate', 'impute', 'exclude', 'maxAge']);
  });
  it('returns a spec without alternatives, or without uncertainty, unchanged', () => {
    expect(monteCarloSpec({ spec: { uncertainty: { weightNoise: 0.1 } } })).toEqual({
      uncertainty: { weightNoise: 0.1 }
    });
    expect(monteCarloSpec({ spec: {} })).toEqual({});
  });
  it('gives a spec the Monte Carlo analysis accepts, where the full spec is refused', () => {
    const data = syntheticCoinData({ units: 12, indicators: 6, seed: 3 });
    expect(() => runUncertainty({ data, spec, draws: 4, seed: 1 })).toThrow(/alternatives\.exclude/);
    expect(runUncertainty({ data, spec: monteCarloSpec({ spec }), draws: 4, seed: 1 }).draws).toBe(4);
  });
});
