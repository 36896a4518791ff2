import type { AggregateMethod } from './index-spec.ts';
import type { CompiledFramework } from './compile-framework.ts';
import { createAggregateScratch, type AggregateScratch } from './create-aggregate-scratch.ts';
import { markMissingRows } from './mark-missing-rows.ts';

/**
 * Fills the aggregate rows of `scores` (row-major, nRows × nUnits) from their children, level by level.
 * Missing children are dropped and the remaining weights rescaled within the parent:
 * amean Σwx/Σw, gmean exp(Σw ln x / Σw), hmean Σw / Σ(w/x), over non-missing children only.
 * With `threshold` > 0 an aggregate is NaN when the share of non-missing children is below it.
 * gmean and hmean need positive values: a child ≤ 0 throws, naming the aggregate, child and unit.
 * Allocation-free given `scratch` with the indicator rows of `rowHasNaN` marked (see `markMissingRows`), so the
 * uncertainty loop calls it once per draw; rows without NaN take a branch-free loop.
 * @see COINr 1.1 `a_amean`, `a_gmean`, `a_hmean`; OECD/JRC (2008) Handbook on Constructing Composite Indicators, §6.
 */
export function aggregateScores(
  scores: Float64Array,
  nUnits: number,
  fw: CompiledFramework,
  weight: Float64Array,
  method: AggregateMethod,
  threshold = 0,
  scratch?: AggregateScratch,
  units?: string[]
): void {
  if (!scratch) {
    scratch = createAggregateScratch(nUnits, fw.nRows);
    markMissingRows(scores, nUnits, fw, scratch.rowHasNaN);
  }
  const { num, missW, missN, rowHasNaN } = scratch;
  const { childStart, childRows, nIndicators } = fw;
  const nAgg = fw.nRows - nIndicators;
  const kind = method === 'amean' ? 0 : method === 'gmean' ? 1 : 2;
  for (let a = 0; a < nAgg; a++) {
    const c0 = childStart[a];
    const c1 = childStart[a + 1];
    let anyMissing = false;
    for (let k = c0; k < c1; k++) {
      if (rowHasNaN[childRows[k]]) {
        anyMissing = true;
        break;
      }
    }
    num.fill(0);
    if (anyMissing) {
      missW.fill(0);
      missN.fill(0);
    }
    let sumW = 0;
    for (let k = c0; k < c1; k++) {
      const c = childRows[k];
      const w = weight[c];
      sumW += w;
      if (kind === 0) {
        if (rowHasNaN[c]) ameanMissing(scores, c * nUnits, nUnits, w, num, missW, missN);
        else ameanComplete(scores, c * nUnits, nUnits, w, num);
      } else otherMean(scores, c, nUnits, w, kind, num, missW, missN, fw, a, units);
    }
    const r = nIndicators + a;
    rowHasNaN[r] = anyMissing
      ? finishMissing(scores, r * nUnits, nUnits, kind, sumW, threshold * (c1 - c0), c1 - c0, num, missW, missN)
      : finishComplete(scores, r * nUnits, nUnits, kind, sumW, num);
  }
}

// The loops below are small monomorphic functions so the JIT compiles each tightly: they run once per child per
// Monte Carlo draw.

function ameanComplete(scores: Float64Array, base: number, n: number, w: number, num: Float64Array): void {
  for (let u = 0; u < n; u++) num[u] += w * scores[base + u];
}

function ameanMissing(
  scores: Float64Array,
  base: number,
  n: number,
  w: number,
  num: Float64Array,
  missW: Float64Array,
  missN: Float64Array
): void {
  for (let u = 0; u < n; u++) {
    const x = scores[base + u];
    if (x === x) num[u] += w * x;
    else {
      missW[u] += w;
      missN[u]++;
    }
  }
}

function otherMean(
  scores: Float64Array,
  c: number,
  n: number,
  w: number,
  kind: number,
  num: Float64Array,
  missW: Float64Array,
  missN: Float64Array,
  fw: CompiledFramework,
  a: number,
  units?: string[]
): void {
  const base = c * n;
  for (let u = 0; u < n; u++) {
    const x = scores[base + u];
    if (x !== x) {
      missW[u] += w;
      missN[u]++;
    } else if (x <= 0) {
      const method = kind === 1 ? 'gmean' : 'hmean';
      throw new Error(
        `${method}: ${fw.codes[fw.nIndicators + a]} has child ${fw.codes[c]} = ${x} for unit ${units ? units[u] : `#${u + 1}`}; ` +
          `the ${kind === 1 ? 'geometric' : 'harmonic'} mean needs positive values (normalise with minmax to [1, 100])`
      );
    } else num[u] += kind === 1 ? w * Math.log(x) : w / x;
  }
}

/** Writes the aggregate when no child has a missing value; returns 1 if any result is NaN. */
function finishComplete(
  scores: Float64Array,
  out: number,
  n: number,
  kind: number,
  sumW: number,
  num: Float64Array
): number {
  let nan = 0;
  if (kind === 0) {
    for (let u = 0; u < n; u++) scores[out + u] = num[u] / sumW;
  } else {
    for (let u = 0; u < n; u++) scores[out + u] = kind === 1 ? Math.exp(num[u] / sumW) : sumW / num[u];
  }
  for (let u = 0; u < n; u++) if (scores[out + u] !== scores[out + u]) nan = 1;
  return nan;
}

/** Writes the aggregate with missing children dropped and weights rescaled; returns 1 if any result is NaN. */
function finishMissing(
  scores: Float64Array,
  out: number,
  n: number,
  kind: number,
  sumW: number,
  minPresent: number,
  nChildren: number,
  num: Float64Array,
  missW: Float64Array,
  missN: Float64Array
): number {
  let nan = 0;
  for (let u = 0; u < n; u++) {
    const present = nChildren - missN[u];
    let v = NaN;
    if (present > 0 && present >= minPresent) {
      const den = sumW - missW[u];
      v = kind === 0 ? num[u] / den : kind === 1 ? Math.exp(num[u] / den) : den / num[u];
    }
    if (v !== v) nan = 1;
    scores[out + u] = v;
  }
  return nan;
}
