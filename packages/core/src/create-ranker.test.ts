import { describe, expect, it } from 'vitest';
import { createRanker } from './create-ranker.ts';
import { createRng } from './create-rng.ts';
import { rank } from './rank.ts';

describe('createRanker', () => {
  it('gives the same ranks as rank() over a sequence of perturbed vectors with ties and NaN', () => {
    const n = 50;
    const rng = createRng(5);
    const base = Float64Array.from({ length: n }, () => Math.round(rng() * 20));
    base[3] = NaN;
    const ranker = createRanker(n);
    const out = new Float64Array(2 * n);
    for (let draw = 0; draw < 200; draw++) {
      const values = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) values[n + i] = draw % 3 === 0 ? base[i] : base[i] + Math.round(rng() * 4);
      ranker(values, n, out, n);
      expect(Array.from(out.subarray(n))).toEqual(Array.from(rank(values.subarray(n))));
    }
  });
  it('gives the same ranks as rank() when values leave the previous range, are all NaN, or are infinite', () => {
    const ranker = createRanker(5);
    const out = new Float64Array(5);
    for (const v of [
      [1, 2, 3, 4, 5],
      [100, -50, 3, 1e9, 4],
      [NaN, NaN, NaN, NaN, NaN],
      [7, 7, 7, 7, 7],
      [-Infinity, 2, NaN, Infinity, 2],
      [0.5, 0.25, 0.75, 0, 1]
    ]) {
      const values = Float64Array.from(v);
      ranker(values, 0, out, 0);
      expect(Array.from(out), v.join(' ')).toEqual(Array.from(rank(values)));
    }
  });
});
