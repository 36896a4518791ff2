import { afterAll, describe, expect, it } from 'vitest';
import { startCoreThread } from '../threads/start-core-thread.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { runUncertainty } from './run-uncertainty.ts';
import { runUncertaintyParallel } from './run-uncertainty-parallel.ts';

const data = syntheticCoinData({ units: 50, indicators: 10, seed: 8 });
const spec = {
  treat: { winmax: 5 },
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: {
    weightNoise: 0.25,
    alternatives: { 'treat.winmax': [1, 5], aggregate: [{ method: 'amean' }, { method: 'gmean' }] }
  }
};

describe('runUncertaintyParallel over two real worker threads', () => {
  const workers = [startCoreThread(), startCoreThread()];
  afterAll(() => Promise.all(workers.map((w) => w.terminate())));

  it('Monte Carlo split over two workers equals the single-process result exactly', async () => {
    const direct = runUncertainty({ data, spec, draws: 999, seed: 21 });
    const progress: number[] = [];
    const par = await runUncertaintyParallel(
      workers.map((w) => w.remote),
      { data, spec, draws: 999, seed: 21 },
      (done) => progress.push(done)
    );
    for (const k of ['nominal', 'mean', 'median', 'q05', 'q95'] as const)
      expect(Array.from(par[k])).toEqual(Array.from(direct[k]));
    // Blocks of 500 and 499 draws arrive in either order; the last report counts all 999.
    expect(progress).toHaveLength(2);
    expect(progress[1]).toBe(999);
  });

  it('grid mode split over two workers equals the single-process grid', async () => {
    const direct = runUncertainty({ data, spec, grid: true });
    const par = await runUncertaintyParallel(
      workers.map((w) => w.remote),
      { data, spec, grid: true }
    );
    expect(par.draws).toBe(4);
    expect(Array.from(par.mean)).toEqual(Array.from(direct.mean));
  });
});
