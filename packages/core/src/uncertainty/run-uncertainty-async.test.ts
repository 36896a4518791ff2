import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { runUncertainty } from './run-uncertainty.ts';
import { runUncertaintyAsync } from './run-uncertainty-async.ts';

describe('runUncertaintyAsync', () => {
  it('awaits pause between chunks and returns what the synchronous run returns', async () => {
    const input = { data: syntheticCoinData({ units: 15, indicators: 5 }), draws: 40, seed: 2, noise: 0.3 };
    let pauses = 0;
    const r = await runUncertaintyAsync(input, { chunk: 10, pause: async () => void pauses++ });
    expect(pauses).toBe(4);
    expect(Array.from(r.mean)).toEqual(Array.from(runUncertainty(input).mean));
  });
});
