import type { CoinData } from './coin-data.ts';
import { imputeAvailableMean } from './impute-available-mean.ts';
import { imputeByGroup } from './impute-by-group.ts';
import type { ImputeSpec } from './index-spec.ts';
import { imputeListwise } from './impute-listwise.ts';

export interface ImputedCell {
  code: string;
  unit: string;
  value: number;
}

/**
 * Fills missing cells of the given indicator columns (copies; the input is untouched).
 * - groupMean / groupMedian: the mean / median of the non-missing values of units in the same group (COINr
 *   `i_mean_grp`, `i_median_grp`, see imputeByGroup); a cell stays NaN when its group has no value or the unit has
 *   no group;
 * - availableMean: the mean of the unit's other indicators in the same aggregate (see imputeAvailableMean);
 * - lastAvailable: the unit's most recent non-missing value in `data.history`;
 * - listwise: nothing filled; a unit missing any of the indicators loses them all (see imputeListwise).
 */
export function imputeColumns(
  data: CoinData,
  codes: string[],
  spec: ImputeSpec
): { columns: Float64Array[]; imputed: ImputedCell[] } {
  if (spec.method === 'availableMean') return imputeAvailableMean({ data, codes });
  if (spec.method === 'listwise') return imputeListwise({ data, codes });
  const imputed: ImputedCell[] = [];
  const columns = codes.map((code) => {
    if (spec.method === 'groupMean' || spec.method === 'groupMedian') {
      const groups = Object.hasOwn(data.groups, spec.group) ? data.groups[spec.group] : undefined;
      if (!groups) throw new Error(`impute: no group column ${spec.group} in iData`);
      const stat = spec.method === 'groupMean' ? 'mean' : 'median';
      const { values, filled } = imputeByGroup({ x: data.columns[code], groups, stat });
      for (const u of filled) imputed.push({ code, unit: data.units[u], value: values[u] });
      return values;
    }
    const x = data.columns[code].slice();
    const history = [...(data.history ?? [])].sort((a, b) => b.time - a.time);
    for (let u = 0; u < x.length; u++) {
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
    return x;
  });
  return { columns, imputed };
}
