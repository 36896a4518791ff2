import type { RankChange, RankRow } from './types.ts';

/**
 * Index rank changes between two editions. A change is "within noise" when each edition's nominal rank lies inside the
 * other edition's 5th–95th percentile rank interval: the uncertainty analysis of either edition could have produced
 * the other's rank. Economies ranked in only one edition are listed as entered or left.
 */
export function rankChanges(
  from: RankRow[],
  to: RankRow[]
): { changed: RankChange[]; entered: string[]; left: string[] } {
  const before = new Map(from.map((r) => [r.code, r]));
  const after = new Map(to.map((r) => [r.code, r]));
  const inside = (rank: number, r: RankRow) => r.q05 <= rank && rank <= r.q95;
  const changed: RankChange[] = [];
  for (const [code, b] of after) {
    const a = before.get(code);
    if (!a || a.rank === b.rank) continue;
    changed.push({ code, from: a, to: b, delta: b.rank - a.rank, withinNoise: inside(b.rank, a) && inside(a.rank, b) });
  }
  changed.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.code < y.code ? -1 : 1));
  return {
    changed,
    entered: [...after.keys()].filter((c) => !before.has(c)).sort(),
    left: [...before.keys()].filter((c) => !after.has(c)).sort()
  };
}
