/**
 * Sample skewness, type 2 (the SAS/SPSS/Excel `SKEW` estimator that COINr uses):
 * G₁ = g₁ √(n(n − 1)) / (n − 2), g₁ = m₃ / m₂^{3/2}, mₖ = (1/n) Σ (x − x̄)ᵏ. NaN skipped; NaN when n < 3 or m₂ = 0.
 * @see Joanes, D. N. & Gill, C. A. (1998) Comparing measures of sample skewness and kurtosis. The Statistician 47(1).
 */
export function skewness(values: Float64Array): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      n++;
      sum += v;
    }
  }
  if (n < 3) return NaN;
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    if (d === d) {
      m2 += d * d;
      m3 += d * d * d;
    }
  }
  m2 /= n;
  m3 /= n;
  if (m2 === 0) return NaN;
  return ((m3 / Math.pow(m2, 1.5)) * Math.sqrt(n * (n - 1))) / (n - 2);
}
