/**
 * Each child's share of an arithmetic-mean aggregate for one unit: wᵢ·sᵢ / Σw over the children the unit has (score
 * not null, weight > 0), null for the others — the shares add up to the aggregate's score.
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, §6.1 (linear aggregation).
 */
export function contributions({
  scores,
  weights
}: {
  /** The unit's score on each child; null = missing. */
  scores: readonly (number | null)[];
  /** Each child's weight within the aggregate. */
  weights: readonly number[];
}): (number | null)[] {
  let total = 0;
  const has = scores.map((s, i) => s !== null && Number.isFinite(s) && weights[i] > 0);
  has.forEach((h, i) => h && (total += weights[i]));
  return scores.map((s, i) => (has[i] && total > 0 ? (weights[i] * (s as number)) / total : null));
}
