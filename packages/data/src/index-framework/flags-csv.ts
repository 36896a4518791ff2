import type { IndexFrameworkTables } from './build-index-framework.ts';
import { writeCsv } from '@dtr/csv';
import { coinMissing } from './coin-missing.ts';

/**
 * `index/flags.csv`: one row per cell of a ranked unit that is not a current observation — `carried-forward` (the
 * latest value in the window is older than the indicator's reference year) or `imputed` (filled by the spec's
 * imputation; `stale` = 1 when a value existed but was older than the recency rule allows). Sorted by unit, then
 * indicator in framework order.
 */
export function flagsCsv(t: IndexFrameworkTables): string {
  const header = ['uCode', 'iCode', 'flag', 'year', 'referenceYear', 'stale', 'method'];
  const order = new Map(t.indicators.map((c, i) => [c, i]));
  const method = t.definition.spec.impute?.method ?? null;
  const rows = [...t.flags]
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : order.get(a.indicator)! - order.get(b.indicator)!))
    .map((f) =>
      [f.unit, f.indicator, f.flag, f.year, f.referenceYear, f.stale ? 1 : 0, f.flag === 'imputed' ? method : null].map(
        coinMissing
      )
    );
  return writeCsv({ header, rows });
}
