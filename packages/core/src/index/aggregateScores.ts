import type { AggregateMethod } from './indexSpec.ts';
import type { CompiledFramework } from './compileFramework.ts';

export interface AggregateScratch {
  num: Float64Array;
  den: Float64Array;
  count: Float64Array;
}

/**
 * Fills the aggregate rows of `scores` (row-major, nRows × nUnits) from their children, level by level.
 * Missing children are dropped and the remaining weights rescaled within the parent:
 * amean Σwx/Σw, gmean exp(Σw ln x / Σw), hmean Σw / Σ(w/x), over non-missing children only.
 * With `threshold` > 0 an aggregate is NaN when the share of non-missing children is below it.
 * gmean and hmean need positive values: a child ≤ 0 throws, naming the aggregate, child and unit.
 * Allocation-free given `scratch` (three arrays of nUnits), so the uncertainty loop can call it per draw.
 * @see COINr 1.1 `a_amean`, `a_gmean`, `a_hmean`; OECD/JRC (2008) Handbook on Constructing Composite Indicators, §6.
 */
export function aggregateScores(
  scores: Float64Array,
  nUnits: number,
  fw: CompiledFramework,
  weight: Float64Array,
  method: AggregateMethod,
  threshold = 0,
  scratch: AggregateScratch = { num: new Float64Array(nUnits), den: new Float64Array(nUnits), count: new Float64Array(nUnits) },
  units?: string[]
): void {
  const { num, den, count } = scratch;
  const { childStart, childRows, nIndicators } = fw;
  const nAgg = fw.nRows - nIndicators;
  const kind = method === 'amean' ? 0 : method === 'gmean' ? 1 : 2;
  for (let a = 0; a < nAgg; a++) {
    num.fill(0);
    den.fill(0);
    count.fill(0);
    const c0 = childStart[a];
    const c1 = childStart[a + 1];
    for (let k = c0; k < c1; k++) {
      const c = childRows[k];
      const w = weight[c];
      const base = c * nUnits;
      for (let u = 0; u < nUnits; u++) {
        const x = scores[base + u];
        if (x !== x) continue;
        if (kind !== 0 && x <= 0) {
          const unit = units ? units[u] : `#${u + 1}`;
          throw new Error(
            `${method}: ${fw.codes[nIndicators + a]} has child ${fw.codes[c]} = ${x} for unit ${unit}; ` +
              `the ${method === 'gmean' ? 'geometric' : 'harmonic'} mean needs positive values (normalise with minmax to [1, 100])`
          );
        }
        num[u] += kind === 0 ? w * x : kind === 1 ? w * Math.log(x) : w / x;
        den[u] += w;
        count[u]++;
      }
    }
    const out = (nIndicators + a) * nUnits;
    const minCount = threshold * (c1 - c0);
    for (let u = 0; u < nUnits; u++) {
      if (count[u] === 0 || count[u] < minCount) scores[out + u] = NaN;
      else scores[out + u] = kind === 0 ? num[u] / den[u] : kind === 1 ? Math.exp(num[u] / den[u]) : den[u] / num[u];
    }
  }
}
