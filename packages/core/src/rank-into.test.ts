import { describe, expect, it } from 'vitest';
import { rankInto } from './rank-into.ts';

describe('rankInto', () => {
  it('writes competition ranks into out using caller scratch (ties share the lower rank, NaN → NaN)', () => {
    const out = new Float64Array(5);
    rankInto(Float64Array.from([3, NaN, 9, 3, 1]), out, new Float64Array(8), new Float64Array(8));
    expect(Array.from(out)).toEqual([2, NaN, 1, 2, 4]);
    rankInto(Float64Array.from([3, NaN, 9, 3, 1]), out, new Float64Array(5), new Float64Array(5), false);
    expect(Array.from(out)).toEqual([2, NaN, 4, 2, 1]);
  });
});
