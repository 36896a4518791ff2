import { describe, expect, it } from 'vitest';
import { createRng } from '../create-rng.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

describe('symmetricEigen', () => {
  it('symmetricEigen of [[2, 1], [1, 2]] gives 3 and 1 with eigenvectors ±(1, 1)/√2 and ±(1, −1)/√2 (±1e-15)', () => {
    const { values, vectors } = symmetricEigen({
      matrix: [
        [2, 1],
        [1, 2]
      ]
    });
    expect(values[0]).toBeCloseTo(3, 15);
    expect(values[1]).toBeCloseTo(1, 15);
    expect(Math.abs(vectors[0][0] * vectors[0][1] - 0.5)).toBeLessThan(1e-15);
    expect(Math.abs(vectors[1][0] * vectors[1][1] + 0.5)).toBeLessThan(1e-15);
  });
  it('symmetricEigen of the 3 × 3 second-difference matrix gives 2 + √2, 2, 2 − √2 (±1e-14)', () => {
    const { values } = symmetricEigen({
      matrix: [
        [2, -1, 0],
        [-1, 2, -1],
        [0, -1, 2]
      ]
    });
    [2 + Math.SQRT2, 2, 2 - Math.SQRT2].forEach((e, i) => expect(Math.abs(values[i] - e)).toBeLessThan(1e-14));
  });
  it('symmetricEigen of a random 8 × 8 symmetric matrix: A·v = λ·v and orthonormal vectors (±1e-12)', () => {
    const rng = createRng(7);
    const n = 8;
    const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i][j] = a[j][i] = rng() * 2 - 1;
    const { values, vectors } = symmetricEigen({ matrix: a });
    for (let i = 1; i < n; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
    vectors.forEach((v, c) => {
      for (let i = 0; i < n; i++) {
        const av = a[i].reduce((s, x, j) => s + x * v[j], 0);
        expect(Math.abs(av - values[c] * v[i])).toBeLessThan(1e-12);
      }
      vectors.forEach((w, d) => {
        const dot = v.reduce((s, x, j) => s + x * w[j], 0);
        expect(Math.abs(dot - (c === d ? 1 : 0))).toBeLessThan(1e-12);
      });
    });
  });
  it('symmetricEigen rejects a non-symmetric, ragged or non-finite matrix, naming the entry', () => {
    expect(() =>
      symmetricEigen({
        matrix: [
          [1, 2],
          [3, 1]
        ]
      })
    ).toThrow('not symmetric at [0][1]');
    expect(() => symmetricEigen({ matrix: [[1, 2], [2]] })).toThrow('row 1 has 1 entries, expected 2');
    expect(() => symmetricEigen({ matrix: [[NaN]] })).toThrow('entry [0][0] is NaN');
  });
});
