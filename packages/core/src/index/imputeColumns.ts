import type { CoinData } from './coinData.ts';
import type { ImputeSpec } from './indexSpec.ts';

export interface ImputedCell {
  code: string;
  unit: string;
  value: number;
}

/**
 * Fills missing cells of the given indicator columns (copies; the input is untouched).
 * - groupMean: the mean of the non-missing values of units in the same group (COINr `i_mean_grp`); a cell stays NaN
 *   when its group has no value or the unit has no group;
 * - lastAvailable: the unit's most recent non-missing value in `data.history`.
 */
export function imputeColumns(
  data: CoinData,
  codes: string[],
  spec: ImputeSpec
): { columns: Float64Array[]; imputed: ImputedCell[] } {
  const imputed: ImputedCell[] = [];
  const nU = data.units.length;
  const columns = codes.map((code) => {
    const x = data.columns[code].slice();
    if (spec.method === 'groupMean') {
      const groups = Object.hasOwn(data.groups, spec.group) ? data.groups[spec.group] : undefined;
      if (!groups) throw new Error(`impute: no group column ${spec.group} in iData`);
      const sum = new Map<string, number>();
      const count = new Map<string, number>();
      for (let u = 0; u < nU; u++) {
        if (x[u] !== x[u] || !groups[u]) continue;
        sum.set(groups[u], (sum.get(groups[u]) ?? 0) + x[u]);
        count.set(groups[u], (count.get(groups[u]) ?? 0) + 1);
      }
      for (let u = 0; u < nU; u++) {
        const g = groups[u];
        if (x[u] === x[u] || !g || !count.get(g)) continue;
        x[u] = (sum.get(g) as number) / (count.get(g) as number);
        imputed.push({ code, unit: data.units[u], value: x[u] });
      }
    } else {
      const history = [...(data.history ?? [])].sort((a, b) => b.time - a.time);
      for (let u = 0; u < nU; u++) {
        if (x[u] === x[u]) continue;
        for (const year of history) {
          const v = Object.hasOwn(year.columns, code) ? year.columns[code][u] : undefined;
          if (v !== undefined && v === v) {
            x[u] = v;
            imputed.push({ code, unit: data.units[u], value: v });
            break;
          }
        }
      }
    }
    return x;
  });
  return { columns, imputed };
}
