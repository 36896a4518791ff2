import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { indexSensitivityRows } from './index-sensitivity-rows.ts';
import { sensitivityRowChunks } from './sensitivity-row-chunks.ts';

const data = syntheticCoinData({ units: 30, indicators: 8, seed: 4 });
const spec = { normalise: { method: 'minmax', range: [1, 100] }, uncertainty: { weightNoise: 0.2 } };

describe('sensitivityRowChunks', () => {
  it('sensitivityRowChunks: rows [10, 35) in chunks of 10 report runs of the slab and equal the one-go slab', () => {
    const progress: [number, number][] = [];
    const it = sensitivityRowChunks(
      { data, spec, samples: 40, seed: 3, from: 10, to: 35 },
      { chunk: 10, onProgress: (d, t) => progress.push([d, t]) }
    );
    let step = it.next();
    while (!step.done) step = it.next();
    // One input (the weights): 3 runs per row.
    expect(progress).toEqual([
      [30, 75],
      [60, 75],
      [75, 75]
    ]);
    const one = indexSensitivityRows({ data, spec, samples: 40, seed: 3, from: 10, to: 35 });
    expect(Array.from(step.value.y)).toEqual(Array.from(one.y));
    expect([step.value.from, step.value.to]).toEqual([10, 35]);
  });
  it('sensitivityRowChunks stops with an AbortError between chunks when asked', () => {
    let chunks = 0;
    const it = sensitivityRowChunks(
      { data, spec, samples: 40, seed: 3, from: 0, to: 40 },
      { chunk: 5, onProgress: () => chunks++, shouldStop: () => chunks === 2 }
    );
    expect(() => {
      for (let s = it.next(); !s.done; s = it.next());
    }).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(chunks).toBe(2);
  });
});
