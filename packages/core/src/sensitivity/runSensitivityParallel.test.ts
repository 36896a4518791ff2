import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/syntheticCoinData.ts';
import { startCoreThread } from '../threads/startCoreThread.ts';
import { runIndexSensitivity } from './runIndexSensitivity.ts';
import { runSensitivityParallel } from './runSensitivityParallel.ts';

const data = syntheticCoinData({ units: 40, indicators: 10, seed: 9 });
const spec = {
  treat: { winmax: 5 },
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: {
    weightNoise: 0.25,
    alternatives: { 'treat.winmax': [1, 5], aggregate: [{ method: 'amean' }, { method: 'gmean' }] }
  }
};
const input = { data, spec, samples: 61, seed: 5, bootstrap: 50 };

describe('runSensitivityParallel over real worker threads', () => {
  const threads = [startCoreThread(), startCoreThread(), startCoreThread()];
  afterAll(() => Promise.all(threads.map((t) => t.terminate())));

  it('Sobol indices over 1, 2 and 3 threads equal the single-process result exactly (61 samples, 3 inputs)', async () => {
    const direct = runIndexSensitivity(input);
    expect(direct.inputs.map((r) => r.input)).toEqual(['treat.winmax', 'aggregate', 'weights']);
    for (const n of [1, 2, 3]) {
      const progress: number[] = [];
      const par = await runSensitivityParallel(
        threads.slice(0, n).map((t) => t.remote),
        input,
        (done) => progress.push(done)
      );
      expect(par, `${n} threads`).toEqual(direct);
      expect(progress).toHaveLength(n);
      expect(Math.max(...progress)).toBe(61);
    }
  });
});
