import { mulberry32 } from '../mulberry32.ts';
import { streamState } from '../streamState.ts';

/**
 * The g + 2 model inputs of sample row `row` of Saltelli's design, written to `points` (length (g + 2) · d):
 * point 0 is row `row` of A, point 1 the same row of B, point 2 + i the row of A_B^i — A with the columns of input
 * group i taken from B. A and B are independent uniform [0, 1)^d matrices; row j of both comes from random stream j
 * of `seed`, so any split of the rows (chunks, workers) gives the same design.
 * @see Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. & Tarantola, S. (2010) Variance based
 * sensitivity analysis of model output. Design and estimator for the total sensitivity index. Comput. Phys. Commun.
 * 181(2), 259–270, section 3 (matrices A, B, A_B^(i)).
 */
export function saltelliPoints({
  seed,
  row,
  d,
  groups,
  points,
  state = new Int32Array(1)
}: {
  seed: number;
  row: number;
  d: number;
  /** Columns of each uncertain input (a group of columns moves together, as one input). */
  groups: number[][];
  points: Float64Array;
  /** Scratch for the generator, so hot loops allocate nothing. */
  state?: Int32Array;
}): void {
  state[0] = streamState(seed, row);
  for (let c = 0; c < 2 * d; c++) points[c] = mulberry32(state);
  for (let i = 0; i < groups.length; i++) {
    const p = (2 + i) * d;
    points.copyWithin(p, 0, d);
    for (const c of groups[i]) points[p + c] = points[d + c];
  }
}
