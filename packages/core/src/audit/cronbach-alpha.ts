import { covariance } from './covariance.ts';

/**
 * Cronbach's α of k columns: k/(k − 1) · (1 − tr(C)/ΣC), C the (n − 1) covariance matrix over pairwise-complete
 * observations, ΣC the sum of its entries (missing entries skipped) — COINr's `get_cronbach`. NaN for k < 2.
 * @see Cronbach, L. J. (1951) Coefficient alpha and the internal structure of tests. Psychometrika 16(3).
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, section 1.3.1 (Cronbach coefficient alpha).
 */
export function cronbachAlpha({ columns }: { columns: ArrayLike<number>[] }): { alpha: number; k: number } {
  const k = columns.length;
  let trace = 0;
  let total = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      const c = covariance({ x: columns[i], y: columns[j] });
      if (c !== c) continue;
      if (i === j) trace += c;
      total += i === j ? c : 2 * c;
    }
  }
  return { alpha: k < 2 ? NaN : (k / (k - 1)) * (1 - trace / total), k };
}
