import { quantileSorted } from '../quantileSorted.ts';

export interface RankStats {
  mean: Float64Array;
  median: Float64Array;
  q05: Float64Array;
  q95: Float64Array;
}

/**
 * Per unit, over the draws of a draw-major ranks buffer (ranks[d · nUnits + u]): mean, median and the 5th / 95th
 * percentiles (type 7, as COINr's uncertainty summary), skipping NaN ranks.
 */
export function rankStats(ranks: Float64Array, nDraws: number, nUnits: number): RankStats {
  const out: RankStats = {
    mean: new Float64Array(nUnits),
    median: new Float64Array(nUnits),
    q05: new Float64Array(nUnits),
    q95: new Float64Array(nUnits)
  };
  const col = new Float64Array(nDraws);
  for (let u = 0; u < nUnits; u++) {
    let n = 0;
    let sum = 0;
    for (let d = 0; d < nDraws; d++) {
      const r = ranks[d * nUnits + u];
      if (r === r) {
        col[n++] = r;
        sum += r;
      }
    }
    const s = col.subarray(0, n).sort();
    out.mean[u] = n ? sum / n : NaN;
    out.median[u] = quantileSorted(s, 0.5);
    out.q05[u] = quantileSorted(s, 0.05);
    out.q95[u] = quantileSorted(s, 0.95);
  }
  return out;
}
