import type { CoinData } from './coin-data.ts';
import type { ImputedCell } from './impute-columns.ts';

/**
 * No imputation with listwise exclusion: a unit missing any of the given indicators loses all of them, so it gets
 * no aggregate score and no rank; the complete cases are ranked on their own values. Nothing is filled in (copies;
 * the input is untouched).
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, §1.2 (case deletion).
 */
export function imputeListwise({ data, codes }: { data: CoinData; codes: string[] }): {
  columns: Float64Array[];
  imputed: ImputedCell[];
} {
  const n = data.units.length;
  const complete = new Uint8Array(n).fill(1);
  for (const code of codes) {
    const x = data.columns[code];
    for (let u = 0; u < n; u++) if (x[u] !== x[u]) complete[u] = 0;
  }
  const columns = codes.map((code) => Float64Array.from(data.columns[code], (v, u) => (complete[u] ? v : NaN)));
  return { columns, imputed: [] };
}
