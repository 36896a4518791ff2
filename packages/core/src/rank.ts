/**
 * Competition ranks: rank 1 = best (largest value, or smallest with `descending = false`); ties share the lower rank
 * (R's `rank(-x, ties.method = "min")`, as COINr ranks). NaN values get rank NaN and are not counted.
 * Sorts a copy once and binary-searches each value: O(n log n), no per-element objects.
 */
export function rank(values: Float64Array, descending = true): Float64Array {
  const n = values.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = descending ? -values[i] : values[i];
  const sorted = keys.slice().sort(); // NaN sorts last in a typed-array sort
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k !== k) {
      out[i] = NaN;
      continue;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo + 1;
  }
  return out;
}
