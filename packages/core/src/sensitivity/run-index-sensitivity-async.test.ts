import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { runIndexSensitivity } from './run-index-sensitivity.ts';
import { runIndexSensitivityAsync } from './run-index-sensitivity-async.ts';

const data = syntheticCoinData({ units: 25, indicators: 10, seed: 9 });
const spec = { normalise: { method: 'minmax', range: [1, 100] }, uncertainty: { weightNoise: 0.2 } };

describe('runIndexSensitivityAsync', () => {
  it('runIndexSensitivityAsync pauses between chunks and gives exactly the synchronous result', async () => {
    let pauses = 0;
    const r = await runIndexSensitivityAsync(
      { data, spec, samples: 30, seed: 5, bootstrap: 50 },
      { chunk: 10, pause: async () => void pauses++ }
    );
    expect(pauses).toBe(3);
    expect(r).toEqual(runIndexSensitivity({ data, spec, samples: 30, seed: 5, bootstrap: 50 }));
  });
});
