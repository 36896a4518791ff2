import { describe, expect, it } from 'vitest';
import { evaluateSobolRows } from './evaluate-sobol-rows.ts';
import { createSaltelliDesign } from './create-saltelli-design.ts';
import { saltelliPoints } from './saltelli-points.ts';

describe('evaluateSobolRows', () => {
  const groups = [[0], [1]];
  const model = (x: Float64Array) => x[0] + 10 * x[1];
  it('evaluateSobolRows lays out f(A), f(B), f(A_B^1), f(A_B^2) per row', () => {
    const y = evaluateSobolRows({ model, d: 2, groups, seed: 3, from: 4, to: 5 });
    const p = new Float64Array(8);
    saltelliPoints({ design: createSaltelliDesign({ d: 2, seed: 3 }), row: 4, d: 2, groups, points: p });
    expect(Array.from(y)).toEqual([p[0] + 10 * p[1], p[2] + 10 * p[3], p[2] + 10 * p[1], p[0] + 10 * p[3]]);
  });
  it('evaluateSobolRows: two ranges concatenated equal the whole range exactly', () => {
    const whole = evaluateSobolRows({ model, d: 2, groups, seed: 3, from: 0, to: 50 });
    const left = evaluateSobolRows({ model, d: 2, groups, seed: 3, from: 0, to: 17 });
    const right = evaluateSobolRows({ model, d: 2, groups, seed: 3, from: 17, to: 50 });
    expect([...left, ...right]).toEqual(Array.from(whole));
  });
});
