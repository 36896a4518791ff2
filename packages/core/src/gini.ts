/**
 * Gini coefficient Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² μ), computed from the sorted values as
 * 2 Σ i·x₍ᵢ₎ / (n Σ x) − (n + 1) / n. 0 = equality, (n − 1)/n = one unit holds everything.
 * Missing (NaN) values are skipped. NaN when a value is negative or the total is 0.
 * @see Gini, C. (1912) Variabilità e mutabilità; sorted form in Damgaard & Weiner (2000), Biometrics 56.
 */
export function gini(values: Float64Array): number {
  const x = values.filter((v) => v === v).sort();
  const n = x.length;
  if (n === 0 || x[0] < 0) return NaN;
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    total += x[i];
    weighted += (i + 1) * x[i];
  }
  return total === 0 ? NaN : (2 * weighted) / (n * total) - (n + 1) / n;
}
