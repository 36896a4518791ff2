import { pairwiseComplete } from './pairwise-complete.ts';

/**
 * Sample covariance Σ(x − x̄)(y − ȳ) / (n − 1) over the pairwise-complete observations, the means taken over those
 * same observations (R's `cov(x, y, use = "pairwise.complete.obs")`). NaN with fewer than two pairs.
 */
export function covariance(columns: { x: ArrayLike<number>; y: ArrayLike<number> }): number {
  const { x, y } = pairwiseComplete(columns);
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
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i] - mx) * (y[i] - my);
  return s / (n - 1);
}
