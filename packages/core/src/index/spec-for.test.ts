import { describe, expect, it } from 'vitest';
import { resolveSpec } from './resolve-spec.ts';
import { specFor, type SpecChoices } from './spec-for.ts';

const published = {
  treat: { method: 'winsorise', winmax: 5 },
  normalise: { method: 'minmax', range: [1, 100] },
  aggregate: { method: 'amean' },
  weights: {},
  uncertainty: { weightNoise: 0.25 }
};
const nominal: SpecChoices = { weights: { A: 1, B: 2 }, normalise: 'minmax', aggregate: 'amean', treat: true };

describe('specFor', () => {
  it('maps z-scores, no treatment and the harmonic mean onto the published spec, keeping its uncertainty', () => {
    expect(
      specFor({ published, choices: { ...nominal, normalise: 'zscore', treat: false, aggregate: 'hmean' } })
    ).toEqual({
      treat: null,
      normalise: { method: 'zscore', mean: 50, sd: 10 },
      aggregate: { method: 'hmean' },
      weights: { A: 1, B: 2 },
      uncertainty: { weightNoise: 0.25 }
    });
  });
  it('min-max keeps the published range; goalposts scale to 100; rank has no parameters', () => {
    expect(specFor({ published, choices: nominal }).normalise).toEqual({ method: 'minmax', range: [1, 100] });
    expect(specFor({ published, choices: { ...nominal, normalise: 'goalposts' } }).normalise).toEqual({
      method: 'goalposts',
      scale: 100
    });
    expect(specFor({ published, choices: { ...nominal, normalise: 'rank' } }).normalise).toEqual({ method: 'rank' });
  });
  it('every choice gives a spec resolveSpec accepts (no unknown keys)', () => {
    for (const normalise of ['minmax', 'zscore', 'goalposts', 'rank'] as const)
      for (const aggregate of ['amean', 'gmean', 'hmean'] as const)
        expect(() => resolveSpec(specFor({ published, choices: { ...nominal, normalise, aggregate } }))).not.toThrow();
  });
  it('copies the weights, so later edits of the choices do not change a spec already sent', () => {
    const choices = { ...nominal, weights: { A: 1 } };
    const spec = specFor({ published, choices });
    choices.weights.A = 5;
    expect(spec.weights).toEqual({ A: 1 });
  });
});
