import { proxy } from 'comlink';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeBackedWorker } from '../../test/node-backed-worker.ts';
import { createCoreClient, type CoreClient } from './create-core-client.ts';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { seriesStats } from '../series-stats.ts';
import { runUncertainty } from '../uncertainty/run-uncertainty.ts';

// Node has no global Worker; a thin stand-in runs the real src/worker/worker.ts entry in a worker thread.
const original = (globalThis as { Worker?: unknown }).Worker;

describe('createCoreClient → src/worker/worker.ts', () => {
  let client: CoreClient;
  beforeAll(() => {
    (globalThis as { Worker?: unknown }).Worker = NodeBackedWorker;
    client = createCoreClient();
  });
  afterAll(() => {
    client.terminate();
    (globalThis as { Worker?: unknown }).Worker = original;
  });

  it('seriesStats through the client equals the direct call', async () => {
    const input = () => ({
      years: Float64Array.of(2010, 2022, 2023),
      exports: Float64Array.of(56020, 207007, 216265),
      imports: Float64Array.of(66289, 157158, 171318),
      world: Float64Array.of(1835732, 4083964, 4462457),
      from: 2010,
      to: 2023
    });
    const remote = await client.seriesStats(input());
    expect(remote.cagrExports).toBe(seriesStats(input()).cagrExports);
    expect(Array.from(remote.balance)).toEqual([-10269, 49849, 44947]);
  });

  it('runUncertainty through the client equals the Node result, with progress', async () => {
    const data = syntheticCoinData({ units: 40, indicators: 10, seed: 12 });
    const input = { data, spec: { uncertainty: { weightNoise: 0.25 } }, draws: 600, seed: 7 };
    const done: number[] = [];
    const remote = await client.runUncertainty(
      { ...input, chunk: 300 },
      proxy((d: number) => void done.push(d))
    );
    const direct = runUncertainty(input);
    expect(Array.from(remote.q95)).toEqual(Array.from(direct.q95));
    expect(Array.from(remote.mean)).toEqual(Array.from(direct.mean));
    await new Promise((r) => setTimeout(r, 50));
    expect(done).toEqual([300, 600]);
  });
});

describe('createCoreClient when the worker cannot run', () => {
  it('rejects `failed` with the error the worker reported', async () => {
    class BrokenWorker extends EventTarget {
      constructor() {
        super();
        queueMicrotask(() => this.dispatchEvent(Object.assign(new Event('error'), { message: 'Failed to fetch' })));
      }
      postMessage() {}
      terminate() {}
    }
    (globalThis as { Worker?: unknown }).Worker = BrokenWorker;
    try {
      const client = createCoreClient();
      await expect(client.failed).rejects.toThrow('core worker failed: Failed to fetch');
    } finally {
      (globalThis as { Worker?: unknown }).Worker = original;
    }
  });
});
