import { quantileSorted } from './quantile-sorted.ts';

/** Type-7 quantile of `values` at probability p ∈ [0, 1], skipping NaN; NaN when nothing is left. */
export function quantile(values: Float64Array, p: number): number {
  return quantileSorted(values.filter((v) => v === v).sort(), p);
}
