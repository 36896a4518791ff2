import { proxy } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { startCoreThread } from '../threads/start-core-thread.ts';
import { runIndex } from '../index/run-index.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { seriesStats } from '../series-stats.ts';
import { runUncertainty } from '../uncertainty/run-uncertainty.ts';

const input = () => ({
  years: new Float64Array([2010, 2022, 2023]),
  exports: new Float64Array([56020, 207007, 216265]),
  imports: new Float64Array([66289, 157158, 171318]),
  world: new Float64Array([1835732, 4083964, 4462457]),
  from: 2010,
  to: 2023
});

const data = syntheticCoinData({ units: 60, indicators: 15, seed: 2 });
const spec = {
  treat: { winmax: 5 },
  uncertainty: { weightNoise: 0.25, alternatives: { aggregate: [{ method: 'amean' }, { method: 'hmean' }] } },
  normalise: { method: 'minmax', range: [1, 100] }
};

describe('worker api through a real worker thread', () => {
  const w = startCoreThread();
  afterAll(() => w.terminate());

  it('seriesStats over the worker returns exactly what the direct call returns', async () => {
    const direct = seriesStats(input());
    const remote = await w.remote.seriesStats(input());
    expect(remote.cagrExports).toBe(direct.cagrExports);
    expect(remote.cagrImports).toBe(direct.cagrImports);
    expect(remote.shareOfWorld).toBeInstanceOf(Float64Array);
    expect(Array.from(remote.shareOfWorld)).toEqual(Array.from(direct.shareOfWorld));
    expect(Array.from(remote.balance)).toEqual([-10269, 49849, 44947]);
    expect(Array.from(remote.yoyExports)).toEqual(Array.from(direct.yoyExports));
  });

  it('errors thrown in the worker reject the call', async () => {
    await expect(w.remote.seriesStats({ ...input(), from: 1999 })).rejects.toThrow(/window/);
  });

  it('runIndex over the worker returns the same scores and ranks as in Node', async () => {
    const direct = runIndex({ data, spec });
    const remote = await w.remote.runIndex({ data, spec });
    expect(remote.scores).toBeInstanceOf(Float64Array);
    expect(Array.from(remote.scores)).toEqual(Array.from(direct.scores));
    expect(Array.from(remote.rank)).toEqual(Array.from(direct.rank));
    expect(remote.codes).toEqual(direct.codes);
  });

  it('runUncertainty over the worker equals the Node result and reports progress', async () => {
    const direct = runUncertainty({ data, spec, draws: 1200, seed: 11 });
    const progress: number[] = [];
    const remote = await w.remote.runUncertainty(
      { data, spec, draws: 1200, seed: 11, chunk: 400 },
      proxy((done: number) => void progress.push(done))
    );
    for (const k of ['nominal', 'mean', 'median', 'q05', 'q95'] as const)
      expect(Array.from(remote[k])).toEqual(Array.from(direct[k]));
    // Progress messages travel separately from the result; wait for the last one.
    await new Promise((r) => setTimeout(r, 50));
    expect(progress).toEqual([400, 800, 1200]);
  });

  it('a newer runUncertainty request supersedes a running one', async () => {
    const stale = w.remote.runUncertainty({ data, spec, draws: 200000, seed: 1, chunk: 100 });
    const fresh = w.remote.runUncertainty({ data, spec, draws: 100, seed: 1 });
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect((await fresh).draws).toBe(100);
  });
});
