/**
 * Theil T index (1/N) Σ (xᵢ/μ) ln(xᵢ/μ); 0 = perfect equality, ln N = one unit holds everything.
 * Missing (NaN) values are skipped; zeros contribute 0 (the limit of x ln x). NaN when a value is negative or
 * no positive total exists.
 * @see Theil, H. (1967) Economics and Information Theory.
 */
export function theil(values: Float64Array): number {
  let total = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (v < 0) return NaN;
    total += v;
    n++;
  }
  if (n === 0 || total === 0) return NaN;
  const mean = total / n;
  let t = 0;
  for (let i = 0; i < values.length; i++) {
    const r = values[i] / mean;
    if (r > 0) t += r * Math.log(r);
  }
  return t / n;
}
