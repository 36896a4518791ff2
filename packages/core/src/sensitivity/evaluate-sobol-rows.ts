import { createSaltelliDesign } from './create-saltelli-design.ts';
import { saltelliPoints } from './saltelli-points.ts';

/**
 * Evaluates sample rows [from, to) of a Saltelli design: out[(j − from) · (g + 2) + c] = model(point c of row j)
 * (c = 0: A, 1: B, 2 + i: A_B^i). Rows are independent, so a pool of workers can each take a range and the
 * concatenated outputs equal one worker's.
 * @see Saltelli et al. (2010) Comput. Phys. Commun. 181, 259–270.
 */
export function evaluateSobolRows({
  model,
  d,
  groups,
  seed,
  from,
  to,
  out = new Float64Array(Math.max(0, to - from) * (groups.length + 2))
}: {
  /** The model on one point of [0, 1)^d (the array is reused: copy it to keep it). */
  model: (x: Float64Array) => number;
  d: number;
  groups: number[][];
  seed: number;
  from: number;
  to: number;
  out?: Float64Array;
}): Float64Array {
  const m = groups.length + 2;
  const points = new Float64Array(m * d);
  const design = createSaltelliDesign({ d, seed });
  for (let j = from; j < to; j++) {
    saltelliPoints({ design, row: j, d, groups, points });
    for (let c = 0; c < m; c++) out[(j - from) * m + c] = model(points.subarray(c * d, (c + 1) * d));
  }
  return out;
}
