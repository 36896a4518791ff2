/**
 * Sample excess kurtosis, type 2 (the SAS/SPSS/Excel `KURT` estimator that COINr uses):
 * G₂ = ((n + 1) g₂ + 6)(n − 1) / ((n − 2)(n − 3)), g₂ = m₄ / m₂² − 3. NaN skipped; NaN when n < 4 or m₂ = 0.
 * @see Joanes, D. N. & Gill, C. A. (1998) Comparing measures of sample skewness and kurtosis. The Statistician 47(1).
 */
export function kurtosis(values: Float64Array): number {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) {
      n++;
      sum += v;
    }
  }
  if (n < 4) return NaN;
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - mean;
    if (d === d) {
      const d2 = d * d;
      m2 += d2;
      m4 += d2 * d2;
    }
  }
  m2 /= n;
  m4 /= n;
  if (m2 === 0) return NaN;
  const g2 = m4 / (m2 * m2) - 3;
  return (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3));
}
