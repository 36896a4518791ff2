import { describe, expect, it } from 'vitest';
import { syntheticCoinData } from '../index/synthetic-coin-data.ts';
import { drawSharedChunks } from './draw-shared-chunks.ts';
import { prepareUncertainty } from './prepare-uncertainty.ts';

const data = syntheticCoinData({ units: 30, indicators: 8, seed: 2 });
const spec = {
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: { weightNoise: 0.3, alternatives: { aggregate: [{ method: 'amean' }, { method: 'gmean' }] } }
};

describe('drawSharedChunks', () => {
  it('takes only the chunks no one has claimed, marks its slot, and the ranks equal one sequential run', () => {
    const run = prepareUncertainty({ data, spec, draws: 101, seed: 5 });
    const whole = new Uint16Array(101 * 30);
    run.runDraws(0, 101, whole);
    const ranks = new Uint16Array(101 * 30);
    // Another participant already claimed chunks 0 and 1 (draws 0–19) and has not written them yet.
    const claims = Int32Array.of(2, 0, 0);
    expect(drawSharedChunks({ run, ranks, claims, slot: 1, chunk: 10 })).toBe(81);
    expect(claims[2]).toBe(1);
    expect(claims[1]).toBe(0);
    expect(ranks.subarray(0, 20 * 30).every((r) => r === 0)).toBe(true);
    expect(Array.from(ranks.subarray(20 * 30))).toEqual(Array.from(whole.subarray(20 * 30)));
    // The other participant's chunks, computed by a second preparation of the same input: the same ranks.
    prepareUncertainty({ data, spec, draws: 101, seed: 5 }).runDraws(0, 20, ranks);
    expect(Array.from(ranks)).toEqual(Array.from(whole));
    // Every chunk is taken: a participant arriving now computes nothing.
    expect(drawSharedChunks({ run, ranks, claims, slot: 0, chunk: 10 })).toBe(0);
    expect(claims[1]).toBe(1);
  });
});
