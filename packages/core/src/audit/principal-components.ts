import { pearsonComplete } from './pearson-complete.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

export interface PrincipalComponents {
  /** Complete cases used (observations with every column present). */
  n: number;
  /** Eigenvalues of the correlation matrix, descending (they sum to k). */
  eigenvalues: number[];
  /** eigenvalue / k: the share of the total (standardised) variance each component explains. */
  varianceExplained: number[];
  /** loadings[c][i]: weight of column i in component c (a unit vector, as R's `prcomp` rotation), signed so that its
   * entries sum to ≥ 0. */
  loadings: number[][];
}

/**
 * Principal components of `columns` on the correlation matrix of the complete cases (R's
 * `prcomp(na.omit(x), scale. = TRUE)`, as COINr's `get_PCA`). With fewer than two complete cases or a column that is
 * constant over them, the correlation matrix is undefined and every number is NaN.
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, section 1.3.1 (principal components analysis).
 */
export function principalComponents({ columns }: { columns: ArrayLike<number>[] }): PrincipalComponents {
  const k = columns.length;
  const nObs = k ? columns[0].length : 0;
  const rows: number[] = [];
  for (let u = 0; u < nObs; u++) if (columns.every((c) => c[u] === c[u])) rows.push(u);
  const complete = columns.map((c) => Float64Array.from(rows, (u) => c[u]));
  const corr = complete.map((x, i) => complete.map((y, j) => (i === j ? 1 : pearsonComplete(x, y))));
  const constant = complete.some((x) => pearsonComplete(x, x) !== pearsonComplete(x, x));
  if (rows.length < 2 || constant) {
    const nan = new Array<number>(k).fill(NaN);
    return { n: rows.length, eigenvalues: nan, varianceExplained: nan.slice(), loadings: nan.map(() => nan.slice()) };
  }
  // Symmetric by construction: pearsonComplete(x, y) and (y, x) sum the same products in the same order.
  const { values, vectors } = symmetricEigen({ matrix: corr });
  const loadings = vectors.map((vec) => (vec.reduce((s, x) => s + x, 0) < 0 ? vec.map((x) => -x) : vec));
  return { n: rows.length, eigenvalues: values, varianceExplained: values.map((e) => e / k), loadings };
}
