/**
 * Herfindahl–Hirschman index Σ sᵢ² of the shares sᵢ = vᵢ / Σv, in (0, 1]. Missing (NaN) values are skipped.
 * NaN when no value is present, a value is negative, or the total is 0.
 */
export function hhi(values: Float64Array): number {
  let total = 0;
  let sumSq = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (v < 0) return NaN;
    total += v;
    sumSq += v * v;
    n++;
  }
  return n === 0 || total === 0 ? NaN : sumSq / (total * total);
}
