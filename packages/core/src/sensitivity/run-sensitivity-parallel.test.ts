import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { startCoreThread } from '../threads/start-core-thread.ts';
import { runIndexSensitivity } from './run-index-sensitivity.ts';
import { runSensitivityParallel } from './run-sensitivity-parallel.ts';

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
      const progress: [number, number][] = [];
      const par = await runSensitivityParallel(
        threads.slice(0, n).map((t) => t.remote),
        { ...input, chunk: 8 },
        (done, total) => progress.push([done, total])
      );
      expect(par, `${n} threads`).toEqual(direct);
      // Progress in model runs (61 rows × 5), non-decreasing, ending at the total.
      expect(progress.every(([, total]) => total === 61 * 5)).toBe(true);
      expect(progress.every(([done], k) => k === 0 || done >= progress[k - 1][0])).toBe(true);
      expect(progress[progress.length - 1]).toEqual([61 * 5, 61 * 5]);
    }
  });
  it('runSensitivityParallel checks the settings before any worker runs', async () => {
    await expect(
      runSensitivityParallel(
        threads.map((t) => t.remote),
        { ...input, samples: 1 }
      )
    ).rejects.toThrow('samples: expected a whole number from 2 to 100000, got 1');
    await expect(runSensitivityParallel([], input)).rejects.toThrow('runSensitivityParallel: no workers');
  });
});
