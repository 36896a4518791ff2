import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/syntheticCoinData.ts';
import { startCoreThread } from '../threads/startCoreThread.ts';
import { runIndexSensitivity } from './runIndexSensitivity.ts';
import { runSensitivityParallel } from './runSensitivityParallel.ts';

const data = syntheticCoinData({ units: 40, indicators: 10, seed: 8 });
const input = {
  data,
  spec: {
    normalise: { method: 'minmax', range: [1, 100] },
    uncertainty: {
      weightNoise: 0.25,
      alternatives: { normalise: [{ method: 'minmax', range: [1, 100] }, { method: 'rank' }] }
    }
  },
  samples: 45,
  seed: 11,
  bootstrap: 300
};

describe('runSensitivityParallel over three real worker threads', () => {
  const threads = [startCoreThread(), startCoreThread(), startCoreThread()];
  afterAll(() => Promise.all(threads.map((t) => t.terminate())));

  it('runSensitivityParallel equals runIndexSensitivity on one thread exactly; progress ends at every run', async () => {
    const progress: number[] = [];
    const r = await runSensitivityParallel(
      threads.map((t) => t.remote),
      { ...input, chunk: 5 },
      (done, total) => {
        expect(total).toBe(45 * 4);
        progress.push(done);
      }
    );
    expect(r).toEqual(runIndexSensitivity(input));
    expect(progress[progress.length - 1]).toBe(45 * 4);
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
