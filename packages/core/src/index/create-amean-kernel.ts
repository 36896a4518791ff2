import type { CompiledFramework } from './compile-framework.ts';

export interface AmeanKernel {
  /** The weights of two draws, A and B (each fw.nRows long, as `CompiledFramework.weight`); the caller fills them. */
  weights: [Float64Array, Float64Array];
  /**
   * Aggregates both weight vectors: returns the index rows of A and B (each nUnits, NaN where the index is missing) in
   * one array owned by the kernel, or null when some denominator is not positive and finite (then the caller must use
   * `aggregateScores`).
   */
  run(): Float64Array | null;
}

/**
 * Arithmetic-mean aggregation specialised for many weight vectors over the same indicator scores (Monte Carlo weight
 * noise), built once from the normalised indicator rows of `scores`.
 *
 * The arithmetic mean is linear, so the index is Σᵢ wᵢ·xᵢ·F over the indicators, where F is the product of 1/Σw and
 * the aggregate weights along the path to the root. F depends on a unit only through which children it misses at
 * each level (missing values are stored as 0 and drop out of the sums), so per call the factors are computed once per
 * missing pattern, not per unit, and no aggregate row or division is computed per unit. Two draws share each pass
 * over the indicator rows, which halves the loads. The result equals `aggregateScores(…, 'amean', threshold)` up to
 * rounding (a few ulps: the sums are associated differently).
 */
export function createAmeanKernel(
  scores: Float64Array,
  nUnits: number,
  fw: CompiledFramework,
  threshold = 0
): AmeanKernel {
  const { nIndicators: nI, nRows, childStart, childRows } = fw;
  const nAgg = nRows - nI;
  // Indicator rows with 0 for missing, a row of zeros (the padding child), then per draw a numerator and an index row.
  const zeroRow = nI * nUnits;
  const num = [zeroRow + nUnits, zeroRow + 2 * nUnits];
  const index = zeroRow + 3 * nUnits;
  const x = new Float64Array(index + 2 * nUnits);
  const missing = new Uint8Array(nRows * nUnits);
  const rowMissing = new Uint8Array(nRows);
  for (let i = 0; i < nI * nUnits; i++) {
    const v = scores[i];
    if (v === v) x[i] = v;
    else missing[i] = rowMissing[(i / nUnits) | 0] = 1;
  }
  const { pattern, patStart, missStart, missRows, dead } = missingPatterns(missing, rowMissing, nUnits, fw, threshold);
  const paths = pathIds(pattern, nUnits, fw);
  const weights: [Float64Array, Float64Array] = [new Float64Array(nRows), new Float64Array(nRows)];
  const rden = [new Float64Array(dead.length), new Float64Array(dead.length)];
  const factor = [new Float64Array(paths.row.length), new Float64Array(paths.row.length)];
  // Per aggregate with indicator children (aggregate children contribute through their own indicators): all of those
  // children but the last in groups of four, padded with row −1 (the zero row at weight 0), then the last one.
  const leafAggs: number[] = [];
  const lastChild: number[] = [];
  const groupStart: number[] = [0];
  const groupRows: number[] = [];
  for (let a = 0; a < nAgg; a++) {
    const children = Array.from(childRows.subarray(childStart[a], childStart[a + 1])).filter((r) => r < nI);
    if (!children.length) continue;
    leafAggs.push(a);
    lastChild.push(children.pop() as number);
    while (children.length % 4) children.push(-1);
    groupRows.push(...children);
    groupStart.push(groupRows.length / 4);
  }
  const wt = (h: number, q: number) => (groupRows[q] < 0 ? 0 : weights[h][groupRows[q]]);
  const base = (q: number) => (groupRows[q] < 0 ? zeroRow : groupRows[q] * nUnits);
  const out = x.subarray(index, index + 2 * nUnits);

  // Per draw h: 1 / Σw(present children) per missing pattern (0 when dead, so the subtree adds nothing; NaN at the
  // root), then the factor of every path, root first so a parent's factor is ready before its children's.
  const factors = (h: number): boolean => {
    const w = weights[h];
    const r = rden[h];
    const f = factor[h];
    for (let a = 0; a < nAgg; a++) {
      let sumW = 0;
      for (let k = childStart[a]; k < childStart[a + 1]; k++) sumW += w[childRows[k]];
      for (let p = patStart[a]; p < patStart[a + 1]; p++) {
        if (dead[p]) {
          r[p] = nI + a === fw.root ? NaN : 0;
          continue;
        }
        let missW = 0;
        for (let j = missStart[p]; j < missStart[p + 1]; j++) missW += w[missRows[j]];
        const d = sumW - missW;
        if (!(d > 0 && d < Infinity)) return false;
        r[p] = 1 / d;
      }
    }
    for (let id = 0; id < f.length; id++) {
      const up = paths.parent[id];
      f[id] = up < 0 ? r[paths.pattern[id]] : r[paths.pattern[id]] * w[paths.row[id]] * f[up];
    }
    return true;
  };

  return {
    weights,
    run() {
      if (!factors(0) || !factors(1)) return null;
      out.fill(0);
      for (let l = 0; l < leafAggs.length; l++) {
        let src = zeroRow;
        let src2 = zeroRow;
        for (let g = groupStart[l]; g < groupStart[l + 1]; g++) {
          const q = 4 * g;
          add4x2(
            x,
            nUnits,
            num[0],
            src,
            num[1],
            src2,
            base(q),
            base(q + 1),
            base(q + 2),
            base(q + 3),
            wt(0, q),
            wt(0, q + 1),
            wt(0, q + 2),
            wt(0, q + 3),
            wt(1, q),
            wt(1, q + 1),
            wt(1, q + 2),
            wt(1, q + 3)
          );
          src = num[0];
          src2 = num[1];
        }
        const rl = lastChild[l];
        addScaled2(
          x,
          nUnits,
          index,
          src,
          src2,
          rl * nUnits,
          weights[0][rl],
          weights[1][rl],
          factor[0],
          factor[1],
          paths.id,
          leafAggs[l] * nUnits
        );
      }
      return out;
    }
  };
}

/** x[out + u] = x[src + u] + Σⱼ wⱼ·x[bⱼ + u] and the same for a second draw (out2, src2, v), sharing the loads of x[bⱼ + u]. */
function add4x2(
  x: Float64Array,
  n: number,
  out: number,
  src: number,
  out2: number,
  src2: number,
  b0: number,
  b1: number,
  b2: number,
  b3: number,
  w0: number,
  w1: number,
  w2: number,
  w3: number,
  v0: number,
  v1: number,
  v2: number,
  v3: number
): void {
  for (let u = 0; u < n; u++) {
    const x0 = x[b0 + u];
    const x1 = x[b1 + u];
    const x2 = x[b2 + u];
    const x3 = x[b3 + u];
    x[out + u] = x[src + u] + w0 * x0 + w1 * x1 + w2 * x2 + w3 * x3;
    x[out2 + u] = x[src2 + u] + v0 * x0 + v1 * x1 + v2 * x2 + v3 * x3;
  }
}

/** Adds F·(numerator + w·x[b + u]) to the index rows of both draws, F looked up by the unit's path id. */
function addScaled2(
  x: Float64Array,
  n: number,
  out: number,
  src: number,
  src2: number,
  b: number,
  w: number,
  v: number,
  factor: Float64Array,
  factor2: Float64Array,
  path: Int32Array,
  pOff: number
): void {
  for (let u = 0; u < n; u++) {
    const xb = x[b + u];
    const p = path[pOff + u];
    x[out + u] += factor[p] * (x[src + u] + w * xb);
    x[out + n + u] += factor2[p] * (x[src2 + u] + v * xb);
  }
}

/**
 * Which children each unit misses, per aggregate, numbered across aggregates: unit u of aggregate a has pattern
 * pattern[a · nUnits + u]; pattern p misses the child rows missRows[missStart[p] … missStart[p + 1]) and is dead (no
 * score) when dead[p]. Marks the aggregate rows of `missing` and `rowMissing` bottom-up where `aggregateScores` leaves
 * NaN: no child present, or (only when some child row has a missing value) fewer than threshold · children.
 */
function missingPatterns(
  missing: Uint8Array,
  rowMissing: Uint8Array,
  nUnits: number,
  fw: CompiledFramework,
  threshold: number
) {
  const { nIndicators: nI, nRows, childStart, childRows } = fw;
  const nAgg = nRows - nI;
  const pattern = new Int32Array(nAgg * nUnits);
  const patStart = new Int32Array(nAgg + 1);
  const missStart: number[] = [0];
  const missRows: number[] = [];
  const dead: number[] = [];
  for (let a = 0; a < nAgg; a++) {
    const c0 = childStart[a];
    const c1 = childStart[a + 1];
    let anyRowMissing = false;
    for (let k = c0; k < c1; k++) if (rowMissing[childRows[k]]) anyRowMissing = true;
    const ids = new Map<string, number>();
    const r = nI + a;
    for (let u = 0; u < nUnits; u++) {
      const miss: number[] = [];
      for (let k = c0; k < c1; k++) if (missing[childRows[k] * nUnits + u]) miss.push(childRows[k]);
      const key = miss.join(',');
      let id = ids.get(key);
      if (id === undefined) {
        id = dead.length;
        ids.set(key, id);
        missRows.push(...miss);
        missStart.push(missRows.length);
        const present = c1 - c0 - miss.length;
        dead.push(anyRowMissing && !(present > 0 && present >= threshold * (c1 - c0)) ? 1 : 0);
      }
      pattern[a * nUnits + u] = id;
      if (dead[id]) missing[r * nUnits + u] = rowMissing[r] = 1;
    }
    patStart[a + 1] = dead.length;
  }
  return {
    pattern,
    patStart,
    missStart: Int32Array.from(missStart),
    missRows: Int32Array.from(missRows),
    dead: Uint8Array.from(dead)
  };
}

/**
 * Path ids: unit u's factor for aggregate a is factor[id[a · nUnits + u]], one id per distinct (own missing pattern,
 * parent's path id), numbered root first; for each id its pattern, its parent's id (−1 at the root) and its row.
 */
function pathIds(pattern: Int32Array, nUnits: number, fw: CompiledFramework) {
  const { nIndicators: nI, nRows, childStart, childRows } = fw;
  const nAgg = nRows - nI;
  const parentOf = new Int32Array(nAgg).fill(-1);
  for (let a = 0; a < nAgg; a++) {
    for (let k = childStart[a]; k < childStart[a + 1]; k++) if (childRows[k] >= nI) parentOf[childRows[k] - nI] = a;
  }
  const id = new Int32Array(nAgg * nUnits);
  const pat: number[] = [];
  const parent: number[] = [];
  const row: number[] = [];
  // Parents come after their children in row order, so walking backwards numbers every parent first.
  for (let a = nAgg - 1; a >= 0; a--) {
    const ids = new Map<string, number>();
    const p = parentOf[a];
    for (let u = 0; u < nUnits; u++) {
      const up = p < 0 ? -1 : id[p * nUnits + u];
      const key = `${pattern[a * nUnits + u]},${up}`;
      let i = ids.get(key);
      if (i === undefined) {
        i = pat.length;
        ids.set(key, i);
        pat.push(pattern[a * nUnits + u]);
        parent.push(up);
        row.push(nI + a);
      }
      id[a * nUnits + u] = i;
    }
  }
  return { id, pattern: Int32Array.from(pat), parent: Int32Array.from(parent), row: Int32Array.from(row) };
}
