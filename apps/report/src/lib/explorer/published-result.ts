import type { IndexResults } from '@dtr/data';
import type { ExplorerResult } from './types';

const whole = (a: (number | null)[]) => a.map((v) => (v === null ? Number.NaN : Math.round(v)));

/** The explorer's view of the results the edition build published (index/results.json): the same shape as a live run. */
export function publishedResult(results: IndexResults): ExplorerResult {
  const u = results.uncertainty;
  return {
    codes: results.codes,
    scores: results.scores,
    rank: results.rank.map((r) => r ?? Number.NaN),
    // Percentile ranks are interpolated; readers see whole ranks.
    interval: u ? { q05: whole(u.q05), q95: whole(u.q95), median: whole(u.median), draws: u.draws } : null,
    weights: results.log.weights,
    treated: results.log.treated,
    logged: results.log.logged,
    missing: results.log.missing,
    imputed: results.log.imputed
  };
}
