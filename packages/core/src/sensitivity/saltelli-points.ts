/**
 * The g + 2 model inputs of sample row `row` of Saltelli's design, written to `points` (length (g + 2) · d):
 * point 0 is row `row` of A, point 1 the same row of B, point 2 + i the row of A_B^i — A with the columns of input
 * group i taken from B. `design` supplies the rows of A and B (see createSaltelliDesign).
 * @see Saltelli, A., Annoni, P., Azzini, I., Campolongo, F., Ratto, M. & Tarantola, S. (2010) Variance based
 * sensitivity analysis of model output. Design and estimator for the total sensitivity index. Comput. Phys. Commun.
 * 181(2), 259–270, section 3 (matrices A, B, A_B^(i)).
 */
export function saltelliPoints({
  design,
  row,
  d,
  groups,
  points
}: {
  design: (row: number, ab: Float64Array) => void;
  row: number;
  d: number;
  /** Columns of each uncertain input (a group of columns moves together, as one input). */
  groups: number[][];
  points: Float64Array;
}): void {
  design(row, points);
  for (let i = 0; i < groups.length; i++) {
    const p = (2 + i) * d;
    points.copyWithin(p, 0, d);
    for (const c of groups[i]) points[p + c] = points[d + c];
  }
}
