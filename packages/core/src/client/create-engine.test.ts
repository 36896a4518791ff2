import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeBackedWorker } from '../../test/node-backed-worker.ts';
import { runIndex } from '../index/run-index.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { runIndexSensitivity } from '../sensitivity/run-index-sensitivity.ts';
import { runUncertainty } from '../uncertainty/run-uncertainty.ts';
import { api } from '../worker/api.ts';
import { createCoreClient } from './create-core-client.ts';
import { createEngine, type Engine, type EngineMode } from './create-engine.ts';

// Node has no global Worker; NodeBackedWorker runs the real src/worker/worker.ts entry in a worker thread.
const original = (globalThis as { Worker?: unknown }).Worker;
const data = syntheticCoinData({ units: 40, indicators: 10, seed: 12 });
const input = { data, spec: { uncertainty: { weightNoise: 0.25 } }, draws: 600, seed: 7 };
const sobol = {
  data,
  spec: {
    normalise: { method: 'minmax', range: [1, 100] },
    uncertainty: { weightNoise: 0.25, alternatives: { aggregate: [{ method: 'amean' }, { method: 'gmean' }] } }
  },
  samples: 97,
  seed: 3,
  bootstrap: 200
};
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => expect(Array.from(a)).toEqual(Array.from(b));

describe('createEngine over a pool of two real workers', () => {
  let engine: Engine;
  beforeAll(() => {
    (globalThis as { Worker?: unknown }).Worker = NodeBackedWorker;
    engine = createEngine({ size: 2 });
  });
  afterAll(() => {
    engine.terminate();
    (globalThis as { Worker?: unknown }).Worker = original;
  });

  it('runs the index and an uncertainty analysis split over both workers, equal to one thread, with progress', async () => {
    expect(engine.mode).toBe('workers');
    expect(engine.size).toBe(2);
    same((await engine.runIndex({ data, spec: input.spec })).index, runIndex({ data, spec: input.spec }).index);
    const progress: number[] = [];
    const r = await engine.runUncertainty(input, (done) => progress.push(done));
    const direct = runUncertainty(input);
    for (const k of ['nominal', 'mean', 'median', 'q05', 'q95'] as const) same(r[k], direct[k]);
    expect(progress.sort((a, b) => a - b)).toEqual([300, 600]);
  });

  it('a newer uncertainty call makes the running one reject with an AbortError; the newer one completes', async () => {
    const first = engine.runUncertainty(input);
    const second = engine.runUncertainty({ ...input, seed: 8 });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    same((await second).mean, runUncertainty({ ...input, seed: 8 }).mean);
  });

  it('sensitivity split over both workers equals one thread exactly, with progress summed to every run', async () => {
    const progress: [number, number][] = [];
    const r = await engine.runSensitivity({ ...sobol, chunk: 16 }, (done, total) => progress.push([done, total]));
    expect(r).toEqual(runIndexSensitivity(sobol));
    expect(r.runs).toBe(97 * 4);
    // 49 + 48 rows in chunks of 16: at most four reports from each worker (a late one is dropped, the end is always
    // reported), non-decreasing, every one against the whole run's total.
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.length).toBeLessThanOrEqual(8);
    expect(progress.every(([, total]) => total === 97 * 4)).toBe(true);
    expect(progress.every(([done], k) => k === 0 || done >= progress[k - 1][0])).toBe(true);
    expect(progress[progress.length - 1]).toEqual([97 * 4, 97 * 4]);
  });

  it('a newer sensitivity call, or cancel(), stops the workers: the running one rejects with an AbortError', async () => {
    const long = { ...sobol, samples: 100000, bootstrap: 0, chunk: 8 };
    const first = engine.runSensitivity(long);
    const second = engine.runSensitivity({ ...sobol, seed: 4 });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(await second).toEqual(runIndexSensitivity({ ...sobol, seed: 4 }));
    const running = engine.runSensitivity(long);
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    engine.cancel();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    // The run settles only when its workers return, so the workers stopped at a chunk boundary: 400,000 index runs
    // take about 10 s on two workers here (10,000 samples: 1.9 s on one thread).
    expect(performance.now() - t0).toBeLessThan(3000);
    same((await engine.runIndex({ data })).rank, runIndex({ data }).rank);
  });

  it('cancel({ only }) stops one kind of run: the other completes with the one-thread result', async () => {
    const long = { ...sobol, samples: 100000, bootstrap: 0, chunk: 8 };
    const running = engine.runSensitivity(long);
    const intervals = engine.runUncertainty(input);
    await new Promise((r) => setTimeout(r, 50));
    engine.cancel({ only: 'sensitivity' });
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    same((await intervals).q95, runUncertainty(input).q95);
    const analysis = engine.runSensitivity(sobol);
    const superseded = engine.runUncertainty({ ...input, seed: 9 });
    engine.cancel({ only: 'uncertainty' });
    await expect(superseded).rejects.toMatchObject({ name: 'AbortError' });
    expect(await analysis).toEqual(runIndexSensitivity(sobol));
  });
  it('an error of the computation itself reaches the caller (the pool stays up)', async () => {
    await expect(engine.runIndex({ data, spec: { aggregate: { method: 'median' } } })).rejects.toThrow(
      /aggregate.method: expected one of amean, gmean, hmean/
    );
    expect(engine.mode).toBe('workers');
  });
});

describe('createEngine falls back to the main thread', () => {
  it('when a worker reports an error, the call in flight is run on the main thread with the same result', async () => {
    class BrokenWorker extends EventTarget {
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'Failed to fetch' })), 5);
      }
      postMessage() {}
      terminate() {}
    }
    (globalThis as { Worker?: unknown }).Worker = BrokenWorker;
    const modes: EngineMode[] = [];
    try {
      const engine = createEngine({ size: 2, start: createCoreClient, onModeChange: (m) => modes.push(m) });
      const r = await engine.runUncertainty(input);
      same(r.q95, runUncertainty(input).q95);
      expect(engine.mode).toBe('main-thread');
      expect(modes).toEqual(['main-thread']);
      same((await engine.runIndex({ data })).rank, runIndex({ data }).rank);
      expect(await engine.runSensitivity(sobol)).toEqual(runIndexSensitivity(sobol));
    } finally {
      (globalThis as { Worker?: unknown }).Worker = original;
    }
  });
  it('when no worker can start at all (no Worker), at once', async () => {
    const engine = createEngine({
      size: 3,
      start: () => {
        throw new ReferenceError('Worker is not defined');
      },
      mainThread: async () => api
    });
    expect(engine.mode).toBe('main-thread');
    expect(engine.size).toBe(0);
    same((await engine.runIndex({ data })).index, runIndex({ data }).index);
  });
});
