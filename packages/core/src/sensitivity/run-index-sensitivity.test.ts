import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { runIndexSensitivity } from './run-index-sensitivity.ts';

const data = syntheticCoinData({ units: 30, indicators: 10, seed: 7 });
const spec = {
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: {
    weightNoise: 0.25,
    alternatives: { normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'rank' }] }
  }
};

describe('runIndexSensitivity', () => {
  it('runIndexSensitivity is reproducible from its seed and differs for another seed', () => {
    const a = runIndexSensitivity({ data, spec, samples: 64, seed: 3, bootstrap: 100 });
    expect(runIndexSensitivity({ data, spec, samples: 64, seed: 3, bootstrap: 100 })).toEqual(a);
    expect(runIndexSensitivity({ data, spec, samples: 64, seed: 4, bootstrap: 100 })).not.toEqual(a);
  });
  it('runIndexSensitivity gives runs = N·(inputs + 2), indices within their intervals, total-order ≥ 0', () => {
    const r = runIndexSensitivity({ data, spec, samples: 256, seed: 1, bootstrap: 200 });
    expect(r.output).toBe('meanAbsRankShift');
    expect(r.runs).toBe(256 * 4);
    for (const x of r.inputs) {
      expect(x.total).toBeGreaterThanOrEqual(0);
      expect(x.totalCI[0]).toBeLessThanOrEqual(x.total);
      expect(x.totalCI[1]).toBeGreaterThanOrEqual(x.total);
    }
  });
});
