import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { uncertaintyChunks } from './uncertainty-chunks.ts';

describe('uncertaintyChunks', () => {
  it('yields once per chunk of draws, then returns the result', () => {
    const it = uncertaintyChunks(
      { data: syntheticCoinData({ units: 10, indicators: 5 }), draws: 25, noise: 0.2 },
      { chunk: 10 }
    );
    let yields = 0;
    let step = it.next();
    while (!step.done) {
      yields++;
      step = it.next();
    }
    expect(yields).toBe(3);
    expect(step.value.draws).toBe(25);
    expect(step.value.units).toHaveLength(10);
  });
});
