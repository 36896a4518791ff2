/**
 * Year-on-year growth v[t] / v[t − 1] − 1 for each t.
 * Missing: NaN at t = 0, and wherever v[t] or v[t − 1] is NaN or v[t − 1] is 0 (growth from zero is undefined).
 */
export function yoyGrowth(values: Float64Array): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n > 0) out[0] = NaN;
  for (let t = 1; t < n; t++) {
    const prev = values[t - 1];
    // NaN propagates through the division on its own; only a zero base needs an explicit guard.
    out[t] = prev === 0 ? NaN : values[t] / prev - 1;
  }
  return out;
}
