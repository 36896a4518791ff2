import { quantileSorted } from '../quantile-sorted.ts';

/**
 * Fills the missing cells of column `x` (a copy) with the mean or median of the non-missing values of the units in
 * the same group (COINr's `i_mean_grp` and `i_median_grp`; the median is the type-7 one, the mean of the two middle
 * values for an even count). A cell stays NaN when its unit has no group or its group has no value. Returns the
 * filled column and the units filled.
 * @see COINr 1.1 `i_mean_grp`, `i_median_grp`; OECD/JRC (2008) Handbook on Constructing Composite Indicators, §1.2.
 */
export function imputeByGroup({ x, groups, stat }: { x: Float64Array; groups: string[]; stat: 'mean' | 'median' }): {
  values: Float64Array;
  filled: number[];
} {
  const byGroup = new Map<string, number[]>();
  x.forEach((v, u) => {
    if (v !== v || !groups[u]) return;
    const list = byGroup.get(groups[u]);
    if (list) list.push(v);
    else byGroup.set(groups[u], [v]);
  });
  const fill = new Map<string, number>();
  for (const [g, list] of byGroup) {
    const sorted = Float64Array.from(list).sort();
    fill.set(g, stat === 'mean' ? list.reduce((s, v) => s + v, 0) / list.length : quantileSorted(sorted, 0.5));
  }
  const values = x.slice();
  const filled: number[] = [];
  for (let u = 0; u < x.length; u++) {
    const f = fill.get(groups[u]);
    if (x[u] === x[u] || f === undefined) continue;
    values[u] = f;
    filled.push(u);
  }
  return { values, filled };
}
