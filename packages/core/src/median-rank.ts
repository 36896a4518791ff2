/** The median of a list of whole ranks, itself a whole rank: the upper median for an even count; NaN when empty. */
export function medianRank(ranks: ArrayLike<number>): number {
  if (ranks.length === 0) return NaN;
  const s = Float64Array.from(ranks).sort();
  return s[Math.floor(s.length / 2)];
}
