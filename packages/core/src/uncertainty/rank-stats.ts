export interface RankStats {
  mean: Float64Array;
  median: Float64Array;
  q05: Float64Array;
  q95: Float64Array;
}

/**
 * Per unit, over the draws of a draw-major ranks buffer (ranks[d · nUnits + u], whole ranks 1 … nUnits, 0 where the
 * unit has no score): mean, median and the 5th / 95th percentiles (type 7, as COINr's uncertainty summary), skipping 0.
 * Ranks are whole numbers, so a histogram per unit replaces sorting 10,000 draws per unit: O(draws + units²).
 * @see Hyndman & Fan (1996), definition 7: h = (n − 1)p, x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 */
export function rankStats(ranks: Uint16Array, nDraws: number, nUnits: number): RankStats {
  const bins = nUnits + 1;
  const hist = new Int32Array(nUnits * bins);
  for (let d = 0; d < nDraws; d++) {
    const row = d * nUnits;
    for (let u = 0; u < nUnits; u++) hist[u * bins + ranks[row + u]]++;
  }
  const out: RankStats = {
    mean: new Float64Array(nUnits),
    median: new Float64Array(nUnits),
    q05: new Float64Array(nUnits),
    q95: new Float64Array(nUnits)
  };
  for (let u = 0; u < nUnits; u++) {
    const h = hist.subarray(u * bins, (u + 1) * bins);
    let n = 0;
    let sum = 0;
    for (let r = 1; r < bins; r++) {
      n += h[r];
      sum += r * h[r];
    }
    // The k-th smallest rank (0-based) by walking the histogram.
    const orderStat = (k: number) => {
      let seen = 0;
      for (let r = 1; r < bins; r++) {
        seen += h[r];
        if (seen > k) return r;
      }
      return NaN;
    };
    const q = (p: number) => {
      if (n === 0) return NaN;
      const pos = (n - 1) * p;
      const lo = Math.floor(pos);
      const a = orderStat(lo);
      return lo + 1 < n ? a + (pos - lo) * (orderStat(lo + 1) - a) : a;
    };
    out.mean[u] = n ? sum / n : NaN;
    out.median[u] = q(0.5);
    out.q05[u] = q(0.05);
    out.q95[u] = q(0.95);
  }
  return out;
}
