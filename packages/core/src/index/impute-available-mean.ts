import type { CoinData } from './coin-data.ts';
import type { ImputedCell } from './impute-columns.ts';

/**
 * Fills each missing indicator cell with the mean of the unit's other indicators in the same aggregate, taken on
 * the min-max scale with direction applied and mapped back to the indicator's own range — what an arithmetic mean
 * that skips missing children does implicitly, made explicit (COINr's `Impute(impute_by = "row",
 * normalise_first = TRUE)` at the first aggregation level). A cell stays NaN when the unit has no other indicator
 * of that aggregate; constant indicators take part in neither side (they have no min-max scale).
 * @see COINr 1.1 `Impute` (impute_by "row", group_level 2, normalise_first); OECD/JRC (2008) Handbook, §1.2.
 */
export function imputeAvailableMean({ data, codes }: { data: CoinData; codes: string[] }): {
  columns: Float64Array[];
  imputed: ImputedCell[];
} {
  const metaOf = new Map(data.meta.map((m) => [m.code, m]));
  const scaled = codes.map((code) => {
    const x = data.columns[code];
    const direction = metaOf.get(code)?.direction ?? 1;
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of x) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    const scale =
      hi > lo ? Float64Array.from(x, (v) => (direction * (v - lo)) / (hi - lo) + (direction < 0 ? 1 : 0)) : null;
    return { lo, hi, direction, scale };
  });
  const imputed: ImputedCell[] = [];
  const columns = codes.map((code, i) => {
    const x = data.columns[code].slice();
    const { lo, hi, direction, scale } = scaled[i];
    const parent = metaOf.get(code)?.parent;
    const siblings = codes.map((c, j) => j).filter((j) => j !== i && metaOf.get(codes[j])?.parent === parent);
    for (let u = 0; u < x.length; u++) {
      if (x[u] === x[u] || !scale) continue;
      let sum = 0;
      let n = 0;
      for (const j of siblings) {
        const v = scaled[j].scale?.[u];
        if (v !== undefined && v === v) {
          sum += v;
          n++;
        }
      }
      if (!n) continue;
      const m = sum / n;
      x[u] = lo + (direction < 0 ? 1 - m : m) * (hi - lo);
      imputed.push({ code, unit: data.units[u], value: x[u] });
    }
    return x;
  });
  return { columns, imputed };
}
