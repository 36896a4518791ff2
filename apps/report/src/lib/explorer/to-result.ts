import type { IndexResult, UncertaintyResult } from '@dtr/core';
import type { ExplorerResult } from './types';

const plain = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isFinite(v) ? v : null));

/** Turns core's typed-array results into the explorer's plain, serialisable view (NaN → null). */
export function toResult(index: IndexResult, uncertainty: UncertaintyResult | null): ExplorerResult {
  const nU = index.units.length;
  const scores: ExplorerResult['scores'] = {};
  index.codes.forEach((code, r) => {
    scores[code] = plain(index.scores.subarray(r * nU, (r + 1) * nU));
  });
  return {
    codes: index.codes,
    scores,
    rank: Array.from(index.rank),
    interval: uncertainty
      ? {
          // Percentile ranks are interpolated; readers see whole ranks.
          q05: Array.from(uncertainty.q05, Math.round),
          q95: Array.from(uncertainty.q95, Math.round),
          median: Array.from(uncertainty.median, Math.round),
          draws: uncertainty.draws
        }
      : null,
    weights: index.log.weights,
    treated: index.log.treatedPoints,
    logged: index.log.treatment.filter((t) => t.method === 'log').map((t) => t.code),
    missing: index.log.missing,
    imputed: index.log.imputed
  };
}
