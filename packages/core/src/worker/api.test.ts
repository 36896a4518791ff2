import { afterAll, describe, expect, it } from 'vitest';
import { startNodeWorker } from '../../test/startNodeWorker.ts';
import { seriesStats } from '../seriesStats.ts';

const input = () => ({
  years: new Float64Array([2010, 2022, 2023]),
  exports: new Float64Array([56020, 207007, 216265]),
  imports: new Float64Array([66289, 157158, 171318]),
  world: new Float64Array([1835732, 4083964, 4462457]),
  from: 2010,
  to: 2023
});

describe('worker api through a real worker thread', () => {
  const w = startNodeWorker();
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
});
