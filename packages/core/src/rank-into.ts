/**
 * `rank` without allocation, for hot loops: writes competition ranks of `values` (1 = largest, ties share the lower
 * rank, NaN → NaN) into `out`, using `keys` and `sorted` (each ≥ values.length) as scratch.
 */
export function rankInto(
  values: Float64Array,
  out: Float64Array,
  keys: Float64Array,
  sorted: Float64Array,
  descending = true
): void {
  const n = values.length;
  for (let i = 0; i < n; i++) keys[i] = descending ? -values[i] : values[i];
  const s = sorted.subarray(0, n);
  s.set(keys.subarray(0, n));
  s.sort(); // NaN sorts last in a typed-array sort
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
      if (s[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo + 1;
  }
}
