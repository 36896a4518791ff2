import type { ExplorerResult } from './types';

/**
 * A result computed on a subset of the units (`keep[u]` true for the units it holds, in order) laid out over every
 * unit again: the units left out get no score (null), no rank (NaN) and no interval, so the views leave them out.
 */
export function expandResult({ result, keep }: { result: ExplorerResult; keep: boolean[] }): ExplorerResult {
  const at: number[] = [];
  keep.forEach((k, u) => k && at.push(u));
  if (at.length !== result.rank.length)
    throw new Error(`expandResult: keep: expected ${result.rank.length} units kept, got ${at.length}`);
  const spread = <T>(values: T[], empty: T): T[] => {
    const out = new Array<T>(keep.length).fill(empty);
    at.forEach((u, i) => (out[u] = values[i]));
    return out;
  };
  return {
    ...result,
    scores: Object.fromEntries(Object.entries(result.scores).map(([code, v]) => [code, spread(v, null)])),
    rank: spread(result.rank, NaN),
    interval: result.interval
      ? {
          draws: result.interval.draws,
          q05: spread(result.interval.q05, NaN),
          q95: spread(result.interval.q95, NaN),
          median: spread(result.interval.median, NaN)
        }
      : null
  };
}
