import { rankInto } from './rank-into.ts';

/**
 * Competition ranks: rank 1 = best (largest value, or smallest with `descending = false`); ties share the lower rank
 * (R's `rank(-x, ties.method = "min")`, as COINr ranks). NaN values get rank NaN and are not counted.
 * Sorts a copy once and binary-searches each value: O(n log n).
 */
export function rank(values: Float64Array, descending = true): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  rankInto(values, out, new Float64Array(n), new Float64Array(n), descending);
  return out;
}
