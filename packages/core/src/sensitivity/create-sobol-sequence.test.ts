import { describe, expect, it } from 'vitest';
import { createSobolSequence, maxSobolDimensions } from './create-sobol-sequence.ts';

describe('createSobolSequence', () => {
  it('createSobolSequence: the first 8 points in 6 dimensions equal SciPy 1.17.1 qmc.Sobol(6, scramble=False) × 2³²', () => {
    // Printed by: (qmc.Sobol(d=6, scramble=False).random(8) * 2**32).astype(np.uint64).
    const scipy = [
      [0, 0, 0, 0, 0, 0],
      [2147483648, 2147483648, 2147483648, 2147483648, 2147483648, 2147483648],
      [3221225472, 1073741824, 1073741824, 1073741824, 3221225472, 3221225472],
      [1073741824, 3221225472, 3221225472, 3221225472, 1073741824, 1073741824],
      [1610612736, 1610612736, 2684354560, 3758096384, 1610612736, 536870912],
      [3758096384, 3758096384, 536870912, 1610612736, 3758096384, 2684354560],
      [2684354560, 536870912, 3758096384, 2684354560, 2684354560, 3758096384],
      [536870912, 2684354560, 1610612736, 536870912, 536870912, 1610612736]
    ];
    const point = createSobolSequence({ dims: 6 });
    const out = new Uint32Array(6);
    scipy.forEach((row, n) => {
      point(n, out);
      expect(Array.from(out)).toEqual(row);
    });
  });
  it('createSobolSequence: point 1037 in 40 dimensions equals SciPy’s in its 30 significant bits', () => {
    // (qmc.Sobol(d=40, scramble=False).random(1100)[1037] * 2**32): SciPy keeps 30 bits, so compare bits 31 … 2.
    const scipy = [
      3495952384, 3495952384, 2728394752, 1822425088, 4271898624, 673185792, 2917138432, 106954752, 576716800,
      3688890368, 39845888, 467664896, 2766143488, 2258632704, 299892736, 1264582656, 3940548608, 2191523840, 434110464,
      2829058048, 375390208, 257949696, 56623104, 283115520, 3730833408, 1101004800, 2996830208, 3336568832, 1084227584,
      1528823808, 1855979520, 2271215616, 283115520, 1528823808, 2187329536, 4221566976, 3374317568, 3269459968,
      2338324480, 4024434688
    ];
    const out = new Uint32Array(40);
    createSobolSequence({ dims: 40 })(1037, out);
    expect(Array.from(out, (x) => (x & ~3) >>> 0)).toEqual(scipy);
  });
  it('createSobolSequence: the first 2^k points put exactly one point in each 1/2^k interval of every dimension', () => {
    const dims = 64;
    const point = createSobolSequence({ dims });
    const out = new Uint32Array(dims);
    const seen = Array.from({ length: dims }, () => new Set<number>());
    for (let n = 0; n < 256; n++) {
      point(n, out);
      for (let d = 0; d < dims; d++) seen[d].add(out[d] >>> 24);
    }
    for (const s of seen) expect(s.size).toBe(256);
  });
  it('createSobolSequence refuses more dimensions than its table holds', () => {
    expect(maxSobolDimensions).toBe(256);
    expect(() => createSobolSequence({ dims: 257 })).toThrow('Sobol sequence: expected 1 to 256 dimensions, got 257');
  });
});
