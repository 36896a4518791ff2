import { describe, expect, it } from 'vitest';
import { principalComponents } from './principal-components.ts';

describe('principalComponents', () => {
  it('principalComponents of two columns with r = 0.8 gives eigenvalues 1.8, 0.2, variance explained 0.9, 0.1 (±1e-14)', () => {
    const pc = principalComponents({
      columns: [
        [1, 2, 3, 4, 5, NaN],
        [2, 1, 4, 3, 5, 7]
      ]
    });
    expect(pc.n).toBe(5);
    [1.8, 0.2].forEach((e, i) => expect(Math.abs(pc.eigenvalues[i] - e)).toBeLessThan(1e-14));
    [0.9, 0.1].forEach((e, i) => expect(Math.abs(pc.varianceExplained[i] - e)).toBeLessThan(1e-14));
    expect(Math.abs(pc.loadings[0][0] - Math.SQRT1_2)).toBeLessThan(1e-14);
    expect(Math.abs(pc.loadings[0][1] - Math.SQRT1_2)).toBeLessThan(1e-14);
  });
  it('principalComponents is scale-free (correlation matrix): rescaling a column changes nothing (±1e-14)', () => {
    const a = principalComponents({
      columns: [
        [1, 4, 2, 8],
        [3, 1, 4, 1],
        [5, 9, 2, 6]
      ]
    });
    const b = principalComponents({
      columns: [
        [1, 4, 2, 8],
        [300, 100, 400, 100],
        [5, 9, 2, 6]
      ]
    });
    a.eigenvalues.forEach((e, i) => expect(Math.abs(b.eigenvalues[i] - e)).toBeLessThan(1e-14));
    expect(a.eigenvalues.reduce((s, e) => s + e, 0)).toBeCloseTo(3, 14);
  });
  it('principalComponents uses complete cases only, and gives NaN when a column is constant over them', () => {
    const pc = principalComponents({
      columns: [
        [1, 1, 2],
        [3, 4, NaN]
      ]
    });
    expect(pc.n).toBe(2);
    expect(pc.eigenvalues.every(Number.isNaN)).toBe(true);
    expect(pc.varianceExplained.length).toBe(2);
  });
});
