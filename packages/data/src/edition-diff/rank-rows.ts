import type { IndexResults } from '../schema/types.ts';
import type { RankRow } from './types.ts';

/** Units with a nominal rank in an edition's index results, with their 5–95 % rank interval (NaN when not run). */
export function rankRows(results: IndexResults): RankRow[] {
  return results.units.flatMap((code, i) => {
    const rank = results.rank[i];
    if (rank === null) return [];
    const q05 = results.uncertainty?.q05[i] ?? Number.NaN;
    const q95 = results.uncertainty?.q95[i] ?? Number.NaN;
    return [{ code, rank, q05, q95 }];
  });
}
