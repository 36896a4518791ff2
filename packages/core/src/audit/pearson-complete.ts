/**
 * Pearson's r of two equally long columns without missing values: Sxy / √(Sxx · Syy), clamped to [−1, 1] (as R's
 * `cor`). NaN with fewer than two observations or a constant column.
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, section 1.3 (multivariate analysis).
 */
export function pearsonComplete(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n < 2) return NaN;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
