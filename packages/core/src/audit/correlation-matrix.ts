import { pearsonCorrelation } from './pearson-correlation.ts';
import { spearmanCorrelation } from './spearman-correlation.ts';

export type CorrelationMethod = 'pearson' | 'spearman';

/**
 * The k × k matrix of pairwise-complete correlations between `columns` (symmetric; the diagonal is 1 for a column
 * with at least two distinct values, NaN otherwise).
 */
export function correlationMatrix({
  columns,
  method
}: {
  columns: ArrayLike<number>[];
  method: CorrelationMethod;
}): number[][] {
  const r = method === 'pearson' ? pearsonCorrelation : spearmanCorrelation;
  const k = columns.length;
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(NaN));
  for (let i = 0; i < k; i++) for (let j = 0; j <= i; j++) m[i][j] = m[j][i] = r({ x: columns[i], y: columns[j] });
  return m;
}
