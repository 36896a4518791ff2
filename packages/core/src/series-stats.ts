import { cagr } from './cagr.ts';
import { share } from './share.ts';
import { tradeBalance } from './trade-balance.ts';
import { yoyGrowth } from './yoy-growth.ts';

export interface SeriesStatsInput {
  /** Calendar years, one per element of the other arrays, strictly increasing. */
  years: Float64Array;
  exports: Float64Array;
  imports: Float64Array;
  /** World exports, the denominator of the share. */
  world: Float64Array;
  /** First and last year of the window (inclusive); both must occur in `years`. */
  from: number;
  to: number;
}

export interface SeriesStats {
  /** CAGR of exports from `from` to `to`, periods = to − from years. */
  cagrExports: number;
  cagrImports: number;
  /** Per year of the window [from, to]: exports / world. */
  shareOfWorld: Float64Array;
  /** Per year of the window: exports − imports. */
  balance: Float64Array;
  /** Per year of the window: growth on the previous element of the full series (so `from` uses the year before it). */
  yoyExports: Float64Array;
}

/**
 * The headline statistics of one partner's trade series over a window of years.
 * Window arrays have length (index of `to`) − (index of `from`) + 1.
 */
export function seriesStats({ years, exports, imports, world, from, to }: SeriesStatsInput): SeriesStats {
  const n = years.length;
  if (exports.length !== n || imports.length !== n || world.length !== n) {
    throw new RangeError(
      `seriesStats: years/exports/imports/world lengths differ (${n}, ${exports.length}, ${imports.length}, ${world.length})`
    );
  }
  const i0 = years.indexOf(from);
  const i1 = years.indexOf(to);
  if (i0 < 0 || i1 < 0 || i1 < i0) throw new RangeError(`seriesStats: window ${from}–${to} is not in the years given`);
  const periods = to - from;
  return {
    cagrExports: cagr(exports[i0], exports[i1], periods),
    cagrImports: cagr(imports[i0], imports[i1], periods),
    shareOfWorld: share(exports.slice(i0, i1 + 1), world.slice(i0, i1 + 1)),
    balance: tradeBalance(exports.slice(i0, i1 + 1), imports.slice(i0, i1 + 1)),
    yoyExports: yoyGrowth(exports).slice(i0, i1 + 1)
  };
}
