import { describe, expect, it } from 'vitest';
import { sobolIndices } from './sobol-indices.ts';

describe('sobolIndices', () => {
  // Rows (f(A), f(B), f(A_B)): (0, 2, 1), (2, 0, 1). Mean of A ∪ B = 1, V = 1;
  // S = (2·(1 − 0) + 0·(1 − 2)) / 2 = 1; S_T = ((0 − 1)² + (2 − 1)²) / 4 = 0.5.
  const y = Float64Array.of(0, 2, 1, 2, 0, 1);
  it('sobolIndices on two hand-made rows gives S = 1 and S_T = 0.5 exactly', () => {
    const [r] = sobolIndices({ y, n: 2, g: 1, bootstrap: 0 });
    expect(r.first).toBe(1);
    expect(r.total).toBe(0.5);
    expect(r.firstCI.every(Number.isNaN)).toBe(true);
  });
  it('sobolIndices: bootstrap intervals are seeded (same seed, same interval) and bracket plausible values', () => {
    const many = new Float64Array(300 * 3);
    for (let j = 0; j < 300; j++) many.set([j % 7, (j * 3) % 11, (j % 7) + ((j * 5) % 3)], j * 3);
    const a = sobolIndices({ y: many, n: 300, g: 1, bootstrap: 200, seed: 4 });
    const b = sobolIndices({ y: many, n: 300, g: 1, bootstrap: 200, seed: 4 });
    expect(a).toEqual(b);
    expect(a[0].firstCI[0]).toBeLessThanOrEqual(a[0].firstCI[1]);
    expect(a[0].totalCI[0]).toBeLessThanOrEqual(a[0].total);
    expect(a[0].totalCI[1]).toBeGreaterThanOrEqual(a[0].total);
  });
  it('sobolIndices is NaN when the output never moves (V = 0)', () => {
    const [r] = sobolIndices({ y: new Float64Array(12).fill(3), n: 4, g: 1, bootstrap: 10 });
    expect(r.first).toBeNaN();
    expect(r.total).toBeNaN();
    expect(r.totalCI.every(Number.isNaN)).toBe(true);
  });
  it('sobolIndices rejects outputs of the wrong length', () => {
    expect(() => sobolIndices({ y: new Float64Array(5), n: 2, g: 1 })).toThrow('expected 2 × 3 outputs, got 5');
  });
});
