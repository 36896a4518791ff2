import { describe, expect, it } from 'vitest';
import { createSaltelliDesign } from './create-saltelli-design.ts';
import { saltelliPoints } from './saltelli-points.ts';

describe('saltelliPoints', () => {
  const groups = [[0], [1, 2]];
  const design = createSaltelliDesign({ d: 3, seed: 5 });
  const points = new Float64Array(4 * 3);
  saltelliPoints({ design, row: 9, d: 3, groups, points });
  const a = points.slice(0, 3);
  const b = points.slice(3, 6);
  it('saltelliPoints takes rows of A and B from the design', () => {
    const ab = new Float64Array(6);
    design(9, ab);
    expect(Array.from(ab)).toEqual([...a, ...b]);
  });
  it('saltelliPoints: A_B^i is A with the columns of group i taken from B (a group moves together)', () => {
    expect(Array.from(points.slice(6, 9))).toEqual([b[0], a[1], a[2]]);
    expect(Array.from(points.slice(9, 12))).toEqual([a[0], b[1], b[2]]);
  });
});
