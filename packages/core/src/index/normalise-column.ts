import type { NormaliseSpec } from './index-spec.ts';

/**
 * Normalises one indicator the COINr 1.1 way into `out` (allocated when omitted). Direction is applied first
 * (x · direction); NaN stays NaN and is ignored by every statistic.
 * - minmax: (x − min)/(max − min)·(hi − lo) + lo — NaN for all when max = min;
 * - zscore: (x − mean)/sd·sd' + mean', with the n − 1 standard deviation;
 * - goalposts: (x − lower)/(upper − lower), or (upper − x)/(upper − lower) for direction −1, clipped to [0, 1], × scale;
 * - rank: ascending rank of x · direction with ties averaged (R's `rank(ties.method = "average")`).
 * @see COINr 1.1 `n_minmax`, `n_zscore`, `n_goalposts`, `n_rank`.
 */
export function normaliseColumn(
  raw: Float64Array,
  direction: number,
  spec: NormaliseSpec,
  goalposts?: [number, number],
  out: Float64Array = new Float64Array(raw.length)
): Float64Array {
  const n = raw.length;
  if (spec.method === 'goalposts') {
    if (!goalposts) throw new Error('goalposts normalisation needs goalpost_lower and goalpost_upper in iMeta');
    const [lower, upper] = goalposts;
    const scale = spec.scale ?? 100;
    for (let i = 0; i < n; i++) {
      const v = direction < 0 ? (upper - raw[i]) / (upper - lower) : (raw[i] - lower) / (upper - lower);
      out[i] = (v > 1 ? 1 : v < 0 ? 0 : v) * scale;
    }
    return out;
  }
  for (let i = 0; i < n; i++) out[i] = raw[i] * direction;
  if (spec.method === 'minmax') {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = out[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const [lo, hi] = spec.range;
    const span = max - min;
    for (let i = 0; i < n; i++) out[i] = ((out[i] - min) / span) * (hi - lo) + lo;
  } else if (spec.method === 'zscore') {
    let count = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (out[i] === out[i]) {
        count++;
        sum += out[i];
      }
    }
    const mean = sum / count;
    let ss = 0;
    for (let i = 0; i < n; i++) if (out[i] === out[i]) ss += (out[i] - mean) * (out[i] - mean);
    const sd = Math.sqrt(ss / (count - 1));
    for (let i = 0; i < n; i++) out[i] = ((out[i] - mean) / sd) * spec.sd + spec.mean;
  } else {
    averageRanks(out);
  }
  return out;
}

/** Replaces the values in x by their ascending ranks, ties averaged, NaN kept. */
function averageRanks(x: Float64Array): void {
  const idx: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === x[i]) idx.push(i);
  idx.sort((a, b) => x[a] - x[b]);
  const ranks = new Float64Array(idx.length);
  for (let s = 0; s < idx.length;) {
    let e = s;
    while (e + 1 < idx.length && x[idx[e + 1]] === x[idx[s]]) e++;
    for (let k = s; k <= e; k++) ranks[k] = (s + e) / 2 + 1;
    s = e + 1;
  }
  for (let k = 0; k < idx.length; k++) x[idx[k]] = ranks[k];
}
