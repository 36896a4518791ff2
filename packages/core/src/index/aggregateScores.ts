import type { AggregateMethod } from './indexSpec.ts';
import type { CompiledFramework } from './compileFramework.ts';
import { createAggregateScratch, type AggregateScratch } from './createAggregateScratch.ts';
import { markMissingRows } from './markMissingRows.ts';

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
    num.fill(0);
    let anyMissing = false;
    let sumW = 0;
    const c0 = childStart[a];
    const c1 = childStart[a + 1];
    for (let k = c0; k < c1; k++) {
      const c = childRows[k];
      const w = weight[c];
      const base = c * nUnits;
      sumW += w;
      if (kind === 0 && !rowHasNaN[c]) {
        for (let u = 0; u < nUnits; u++) num[u] += w * scores[base + u];
        continue;
      }
      if (!anyMissing && rowHasNaN[c]) {
        anyMissing = true;
        missW.fill(0);
        missN.fill(0);
      }
      if (kind === 0) {
        // Separate tight loop: the common case in Monte Carlo, kept free of the gmean/hmean branches.
        for (let u = 0; u < nUnits; u++) {
          const x = scores[base + u];
          if (x === x) num[u] += w * x;
          else {
            missW[u] += w;
            missN[u]++;
          }
        }
        continue;
      }
      for (let u = 0; u < nUnits; u++) {
        const x = scores[base + u];
        if (x !== x) {
          missW[u] += w;
          missN[u]++;
          continue;
        }
        {
          if (x <= 0) {
            const unit = units ? units[u] : `#${u + 1}`;
            throw new Error(
              `${method}: ${fw.codes[nIndicators + a]} has child ${fw.codes[c]} = ${x} for unit ${unit}; ` +
                `the ${method === 'gmean' ? 'geometric' : 'harmonic'} mean needs positive values (normalise with minmax to [1, 100])`
            );
          }
          num[u] += kind === 1 ? w * Math.log(x) : w / x;
        }
      }
    }
    const r = nIndicators + a;
    const out = r * nUnits;
    const nChildren = c1 - c0;
    let outNaN = 0;
    for (let u = 0; u < nUnits; u++) {
      let v: number;
      if (anyMissing && (missN[u] === nChildren || (threshold > 0 && nChildren - missN[u] < threshold * nChildren)))
        v = NaN;
      else {
        const den = anyMissing ? sumW - missW[u] : sumW;
        v = kind === 0 ? num[u] / den : kind === 1 ? Math.exp(num[u] / den) : den / num[u];
      }
      if (v !== v) outNaN = 1;
      scores[out + u] = v;
    }
    rowHasNaN[r] = outNaN;
  }
}
