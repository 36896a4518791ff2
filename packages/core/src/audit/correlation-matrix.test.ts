import { describe, expect, it } from 'vitest';
import { correlationMatrix } from './correlation-matrix.ts';

describe('correlationMatrix', () => {
  const columns = [
    [1, 2, 3, 4, 5],
    [2, 1, 4, 3, 5],
    [5, 4, 3, 2, NaN],
    [1, 1, 1, 1, 1]
  ];
  it('correlationMatrix (pearson) is symmetric with 1 on the diagonal and NaN for a constant column', () => {
    const m = correlationMatrix({ columns, method: 'pearson' });
    expect(m[0][0]).toBe(1);
    expect(m[0][1]).toBeCloseTo(0.8, 15);
    expect(m[1][0]).toBe(m[0][1]);
    expect(m[0][2]).toBe(-1);
    // Pairs 1–4 of columns 1 and 2: (2, 1, 4, 3) vs (5, 4, 3, 2): Sxy = −3, Sxx = Syy = 5.
    expect(m[1][2]).toBeCloseTo(-0.6, 15);
    expect(m[3][3]).toBeNaN();
    expect(m[0][3]).toBeNaN();
  });
  it('correlationMatrix (spearman) correlates ranks: a monotone transform leaves it unchanged', () => {
    const m = correlationMatrix({ columns: [columns[0], columns[1].map((v) => v ** 3)], method: 'spearman' });
    expect(m[0][1]).toBeCloseTo(0.8, 15);
  });
});
