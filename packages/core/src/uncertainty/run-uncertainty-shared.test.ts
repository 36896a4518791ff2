import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { startCoreThread } from '../threads/start-core-thread.ts';
import { prepareUncertainty } from './prepare-uncertainty.ts';
import { runUncertainty } from './run-uncertainty.ts';
import { runUncertaintyShared } from './run-uncertainty-shared.ts';

const data = syntheticCoinData({ units: 50, indicators: 10, seed: 8 });
const spec = {
  treat: { winmax: 5 },
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: {
    weightNoise: 0.25,
    alternatives: { 'treat.winmax': [1, 5], aggregate: [{ method: 'amean' }, { method: 'gmean' }] }
  }
};
const keys = ['nominal', 'mean', 'median', 'q05', 'q95'] as const;

describe('runUncertaintyShared with two real worker threads', () => {
  const pool = [startCoreThread(), startCoreThread()];
  // Both threads answer before the runs, so they are up when the draws are handed out.
  beforeAll(() => Promise.all(pool.map((t) => t.remote.cancel())));
  afterAll(() => Promise.all(pool.map((t) => t.terminate())));

  it('Monte Carlo equals runUncertainty exactly, and every draw is computed exactly once', async () => {
    const input = { data, spec, draws: 3001, seed: 21 };
    const direct = runUncertainty(input);
    const shared = await runUncertaintyShared({ workers: pool.map((t) => t.remote), input, chunk: 16 });
    for (const k of keys) expect(Array.from(shared[k])).toEqual(Array.from(direct[k]));
    expect(shared.units).toEqual(direct.units);
    expect(shared.drawn).toHaveLength(3);
    expect(shared.drawn.reduce((a, b) => a + b, 0)).toBe(3001);
  });

  it('grid mode (every combination once) equals runUncertainty exactly', async () => {
    const input = { data, spec, grid: true };
    const direct = runUncertainty(input);
    const shared = await runUncertaintyShared({ workers: pool.map((t) => t.remote), input, chunk: 1 });
    expect(shared.draws).toBe(4);
    for (const k of keys) expect(Array.from(shared[k])).toEqual(Array.from(direct[k]));
  });

  it("a worker's share is written into the shared buffer: alone, it computes every chunk of the one-thread ranks", async () => {
    const input = { data, spec, draws: 500, seed: 3 };
    const ranks = new Uint16Array(new SharedArrayBuffer(500 * 50 * 2));
    const claims = new Int32Array(new SharedArrayBuffer(4 * 3));
    const drawn = await pool[0].remote.uncertaintyShared({
      ...input,
      ranks: ranks.buffer as SharedArrayBuffer,
      claims: claims.buffer as SharedArrayBuffer,
      slot: 1,
      chunk: 64
    });
    expect(drawn).toBe(500);
    expect(claims[2]).toBe(1);
    const whole = new Uint16Array(500 * 50);
    prepareUncertainty(input).runDraws(0, 500, whole);
    expect(Array.from(ranks)).toEqual(Array.from(whole));
  });
});
