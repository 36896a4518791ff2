import { describe, expect, it } from 'vitest';
import { createSaltelliDesign } from './create-saltelli-design.ts';
import { createSobolSequence } from './create-sobol-sequence.ts';

describe('createSaltelliDesign', () => {
  it('createSaltelliDesign: A and B rows are the first and last d coordinates of the shifted 2d-dimensional Sobol point', () => {
    const design = createSaltelliDesign({ d: 2, seed: 1 });
    const x0 = new Uint32Array(4);
    const x5 = new Uint32Array(4);
    createSobolSequence({ dims: 4 })(0, x0);
    createSobolSequence({ dims: 4 })(5, x5);
    const ab0 = new Float64Array(4);
    const ab5 = new Float64Array(4);
    design(0, ab0);
    design(5, ab5);
    // Point 0 of the sequence is 0, so row 0 shows the shift; row 5 is point 5 XOR the same shift.
    for (let k = 0; k < 4; k++) {
      const shift = ab0[k] * 4294967296;
      expect(x0[k]).toBe(0);
      expect(ab5[k]).toBe(((x5[k] ^ shift) >>> 0) / 4294967296);
    }
  });
  it('createSaltelliDesign: every value is in [0, 1); another seed gives another design; a row does not depend on order', () => {
    const a = createSaltelliDesign({ d: 3, seed: 2 });
    const b = createSaltelliDesign({ d: 3, seed: 3 });
    const x = new Float64Array(6);
    const y = new Float64Array(6);
    a(40, x);
    a(3, y);
    a(40, y);
    expect(Array.from(y)).toEqual(Array.from(x));
    for (const v of x) expect(v >= 0 && v < 1).toBe(true);
    b(40, y);
    expect(Array.from(y)).not.toEqual(Array.from(x));
  });
  it('createSaltelliDesign keeps Sobol stratification: 256 rows put one value in each 1/256 of every column', () => {
    const design = createSaltelliDesign({ d: 5, seed: 7 });
    const ab = new Float64Array(10);
    const seen = Array.from({ length: 10 }, () => new Set<number>());
    for (let row = 0; row < 256; row++) {
      design(row, ab);
      ab.forEach((v, k) => seen[k].add(Math.floor(v * 256)));
    }
    for (const s of seen) expect(s.size).toBe(256);
  });
});
