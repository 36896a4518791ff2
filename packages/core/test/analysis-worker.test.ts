import { proxy } from 'comlink';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../src/audit/run-audit.ts';
import { syntheticCoinData } from '../src/index/synthetic-coin-data.ts';
import { runIndexSensitivity } from '../src/sensitivity/run-index-sensitivity.ts';
import { summariseSensitivity } from '../src/sensitivity/summarise-sensitivity.ts';
import { startCoreThread } from '../src/threads/start-core-thread.ts';

const data = syntheticCoinData({ units: 60, indicators: 15, seed: 2 });
const spec = {
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: { weightNoise: 0.25, alternatives: { aggregate: [{ method: 'amean' }, { method: 'hmean' }] } }
};

describe('audit and sensitivity through a real worker thread', () => {
  const w = startCoreThread();
  afterAll(() => w.terminate());

  it('audit over the worker returns exactly what the direct call returns', async () => {
    const remote = await w.remote.audit({ data, spec });
    expect(remote).toEqual(runAudit({ data, spec }));
    expect(Object.keys(remote.cronbach)).toContain('Index');
  });

  it('sensitivity over the worker equals the Node result and reports progress in runs per chunk', async () => {
    const progress: number[] = [];
    const remote = await w.remote.sensitivity(
      { data, spec, samples: 60, seed: 4, bootstrap: 100, chunk: 25 },
      proxy((done: number) => void progress.push(done))
    );
    expect(remote).toEqual(runIndexSensitivity({ data, spec, samples: 60, seed: 4, bootstrap: 100 }));
    await new Promise((r) => setTimeout(r, 50));
    expect(progress).toEqual([100, 200, 240]);
  });

  it('a newer sensitivity request supersedes a running one, and cancel() stops one', async () => {
    const stale = w.remote.sensitivity({ data, spec, samples: 100000, seed: 1, chunk: 10, bootstrap: 0 });
    const fresh = w.remote.sensitivity({ data, spec, samples: 20, seed: 1, bootstrap: 0 });
    await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
    expect((await fresh).runs).toBe(80);
    const running = w.remote.sensitivity({ data, spec, samples: 100000, seed: 2, chunk: 10, bootstrap: 0 });
    await new Promise((r) => setTimeout(r, 30));
    await w.remote.cancel();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('sensitivityRows slabs from the worker combine to the single-run result', async () => {
    const a = await w.remote.sensitivityRows({ data, spec, samples: 50, seed: 6, from: 0, to: 20 });
    const b = await w.remote.sensitivityRows({ data, spec, samples: 50, seed: 6, from: 20, to: 50 });
    expect(a.y).toBeInstanceOf(Float64Array);
    const y = Float64Array.from([...a.y, ...b.y]);
    expect(
      summariseSensitivity({ inputs: a.inputs, output: a.output, y, samples: 50, seed: 6, bootstrap: 0, level: 0.95 })
    ).toEqual(runIndexSensitivity({ data, spec, samples: 50, seed: 6, bootstrap: 0 }));
  });

  it('bad sensitivity settings reject with the precise message', async () => {
    await expect(w.remote.sensitivity({ data, spec, samples: 1, seed: 1 })).rejects.toThrow(
      'samples: expected a whole number from 2 to 100000, got 1'
    );
  });
});
