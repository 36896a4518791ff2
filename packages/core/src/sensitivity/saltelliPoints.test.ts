import { describe, expect, it } from 'vitest';
import { saltelliPoints } from './saltelliPoints.ts';

describe('saltelliPoints', () => {
  const groups = [[0], [1, 2]];
  const points = new Float64Array(4 * 3);
  saltelliPoints({ seed: 5, row: 9, d: 3, groups, points });
  const a = points.slice(0, 3);
  const b = points.slice(3, 6);
  it('saltelliPoints writes A and B rows of uniform [0, 1) values, different from each other', () => {
    for (const x of [...a, ...b]) expect(x >= 0 && x < 1).toBe(true);
    expect(Array.from(a)).not.toEqual(Array.from(b));
  });
  it('saltelliPoints: A_B^i is A with the columns of group i taken from B (a group moves together)', () => {
    expect(Array.from(points.slice(6, 9))).toEqual([b[0], a[1], a[2]]);
    expect(Array.from(points.slice(9, 12))).toEqual([a[0], b[1], b[2]]);
  });
  it('saltelliPoints gives the same row whatever was drawn before, and a different row for another row or seed', () => {
    const again = new Float64Array(12);
    saltelliPoints({ seed: 5, row: 3, d: 3, groups, points: again });
    saltelliPoints({ seed: 5, row: 9, d: 3, groups, points: again });
    expect(Array.from(again)).toEqual(Array.from(points));
    saltelliPoints({ seed: 6, row: 9, d: 3, groups, points: again });
    expect(again[0]).not.toBe(points[0]);
  });
});
