/**
 * How far a ranking moves from another: the mean and largest absolute rank difference over the units both rank
 * (null when they share none).
 */
export function rankShift({
  from,
  to
}: {
  from: { units: readonly string[]; rank: ArrayLike<number> };
  to: { units: readonly string[]; rank: ArrayLike<number> };
}): { meanShift: number | null; maxShift: number | null } {
  const at = new Map(to.units.map((u, i) => [u, to.rank[i]]));
  const d: number[] = [];
  from.units.forEach((u, i) => {
    const r = at.get(u);
    if (r !== undefined && Number.isFinite(r) && Number.isFinite(from.rank[i])) d.push(Math.abs(from.rank[i] - r));
  });
  if (d.length === 0) return { meanShift: null, maxShift: null };
  return { meanShift: d.reduce((s, x) => s + x, 0) / d.length, maxShift: Math.max(...d) };
}
