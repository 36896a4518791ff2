import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { indexSensitivityRows } from './index-sensitivity-rows.ts';
import { runIndexSensitivity } from './run-index-sensitivity.ts';
import { summariseSensitivity } from './summarise-sensitivity.ts';

const data = syntheticCoinData({ units: 30, indicators: 10, seed: 6 });
const spec = {
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: { weightNoise: 0.25, alternatives: { aggregate: ['amean', 'gmean'] } }
};

describe('indexSensitivityRows', () => {
  it('indexSensitivityRows: slabs of rows from separate calls, concatenated, give exactly runIndexSensitivity', () => {
    const a = indexSensitivityRows({ data, spec, samples: 90, seed: 8, from: 0, to: 33 });
    const b = indexSensitivityRows({ data, spec, samples: 90, seed: 8, from: 33, to: 90 });
    expect(a.inputs).toEqual(['aggregate', 'weights']);
    expect(a.y.length).toBe(33 * 4);
    const y = Float64Array.from([...a.y, ...b.y]);
    const pooled = summariseSensitivity({
      inputs: a.inputs,
      output: a.output,
      y,
      samples: 90,
      seed: 8,
      bootstrap: 100,
      level: 0.95
    });
    expect(pooled).toEqual(runIndexSensitivity({ data, spec, samples: 90, seed: 8, bootstrap: 100 }));
  });
  it('indexSensitivityRows clamps the range to the sample rows', () => {
    const r = indexSensitivityRows({ data, spec, samples: 10, seed: 1, from: 8, to: 50 });
    expect([r.from, r.to, r.y.length]).toEqual([8, 10, 8]);
  });
});
