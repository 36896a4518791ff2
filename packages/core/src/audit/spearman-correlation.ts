import { averageRanks } from './average-ranks.ts';
import { pairwiseComplete } from './pairwise-complete.ts';
import { pearsonComplete } from './pearson-complete.ts';

/**
 * Spearman's ρ over the pairwise-complete observations: Pearson's r of their average ranks, ranked within those
 * observations only (R's `cor(x, y, method = "spearman", use = "pairwise.complete.obs")`, as COINr's `get_corr`).
 * @see Spearman, C. (1904) The proof and measurement of association between two things. Am. J. Psychol. 15(1).
 */
export function spearmanCorrelation(columns: { x: ArrayLike<number>; y: ArrayLike<number> }): number {
  const { x, y } = pairwiseComplete(columns);
  return pearsonComplete(averageRanks({ values: x }), averageRanks({ values: y }));
}
