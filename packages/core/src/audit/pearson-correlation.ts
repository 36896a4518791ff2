import { pairwiseComplete } from './pairwise-complete.ts';
import { pearsonComplete } from './pearson-complete.ts';

/**
 * Pearson's r over the pairwise-complete observations, deviations taken from the means of those observations (R's
 * `cor(x, y, use = "pairwise.complete.obs")`, as COINr's `get_corr`). NaN with fewer than two pairs or when either
 * column is constant over them.
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, section 1.3 (multivariate analysis).
 */
export function pearsonCorrelation(columns: { x: ArrayLike<number>; y: ArrayLike<number> }): number {
  const { x, y } = pairwiseComplete(columns);
  return pearsonComplete(x, y);
}
