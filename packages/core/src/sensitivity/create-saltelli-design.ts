import { streamState } from '../stream-state.ts';
import { createSobolSequence } from './create-sobol-sequence.ts';

/**
 * The base matrices of Saltelli's design: `(row, ab)` writes row `row` of A (ab[0 … d)) and of B (ab[d … 2d)) —
 * point `row` of a 2d-dimensional Sobol sequence, A its first d coordinates and B the last d, as Saltelli et al.
 * (2010) take them. A random digital shift (each coordinate XOR a 32-bit number drawn from `seed`) makes the design
 * depend on the seed while keeping the sequence's stratification; rows are computed directly from their index, so
 * any split of the rows (chunks, workers) gives the same design.
 * @see Saltelli, A. et al. (2010) Comput. Phys. Commun. 181, 259–270, section 3.
 * @see Owen, A. B. (2023) Practical Quasi-Monte Carlo Integration, chapter 17 (digital shifts).
 */
export function createSaltelliDesign({
  d,
  seed
}: {
  d: number;
  seed: number;
}): (row: number, ab: Float64Array) => void {
  const point = createSobolSequence({ dims: 2 * d });
  const shift = Uint32Array.from({ length: 2 * d }, (_, k) => streamState(seed, k));
  const x = new Uint32Array(2 * d);
  return (row, ab) => {
    point(row, x);
    for (let k = 0; k < 2 * d; k++) ab[k] = ((x[k] ^ shift[k]) >>> 0) / 4294967296;
  };
}
