import table from './sobolDirections.json' with { type: 'json' };

/** Dimensions the shipped direction-number table covers: 256, Saltelli designs of up to 128 model columns (the worker
 * bundles the table, so it holds no more). */
export const maxSobolDimensions = table.dimensions.length + 1;

/**
 * The Sobol low-discrepancy sequence in `dims` dimensions with Joe & Kuo's direction numbers: `point(n, out)`
 * writes point n (n ≥ 0, any order) as 32-bit integers, x = XOR of the direction numbers V_k for the bits k set in
 * the Gray code n ⊕ (n ≫ 1) — the same points, in the same order, as SciPy's unscrambled `qmc.Sobol`.
 * @see Sobol', I. M. (1967) On the distribution of points in a cube and the approximate evaluation of integrals.
 * USSR Comput. Math. Math. Phys. 7(4), 86–112.
 * @see Joe, S. & Kuo, F. Y. (2008) Constructing Sobol sequences with better two-dimensional projections. SIAM J. Sci.
 * Comput. 30(5), 2635–2654 (direction numbers new-joe-kuo-6.21201).
 * @see Bratley, P. & Fox, B. L. (1988) Algorithm 659: Implementing Sobol's quasirandom sequence generator. ACM TOMS 14.
 */
export function createSobolSequence({ dims }: { dims: number }): (n: number, out: Uint32Array) => void {
  if (!Number.isInteger(dims) || dims < 1 || dims > maxSobolDimensions)
    throw new RangeError(`Sobol sequence: expected 1 to ${maxSobolDimensions} dimensions, got ${dims}`);
  const v = new Uint32Array(dims * 32);
  for (let k = 0; k < 32; k++) v[k] = 2 ** (31 - k);
  for (let d = 1; d < dims; d++) {
    const [poly, m] = table.dimensions[d - 1] as [number, number[]];
    const s = m.length;
    // The polynomial's inner coefficients a_1 … a_(s−1) (SciPy's encoding keeps the leading and trailing 1).
    const a = (poly >> 1) & ((1 << (s - 1)) - 1);
    const w = v.subarray(d * 32, (d + 1) * 32);
    for (let k = 0; k < 32; k++) {
      if (k < s) w[k] = m[k] * 2 ** (31 - k);
      else {
        let x = w[k - s] ^ (w[k - s] >>> s);
        for (let l = 1; l < s; l++) if ((a >> (s - 1 - l)) & 1) x ^= w[k - l];
        w[k] = x;
      }
    }
  }
  return (n, out) => {
    const gray = n ^ Math.floor(n / 2);
    out.fill(0, 0, dims);
    for (let k = 0; 2 ** k <= gray; k++) {
      if (Math.floor(gray / 2 ** k) % 2 === 0) continue;
      for (let d = 0; d < dims; d++) out[d] ^= v[d * 32 + k];
    }
  };
}
