import { DataError } from '../errors/data-error.ts';
import { originOf } from '../etl/series-origins.ts';
import type { Series } from '../schema/types.ts';
import type { SeriesRule } from './series-rule.ts';

/**
 * Every value of a series that breaks its rule, as a DataError naming the raw file, row and column when the series
 * was built from raw observations in this process (else the series file and cell), the rule and the value.
 */
export function checkSeriesRule(options: { series: Series; rule: SeriesRule | undefined }): DataError[] {
  const { series, rule } = options;
  if (!rule) return [];
  const errors: DataError[] = [];
  const bounds = [
    rule.sign === 'nonnegative' ? { test: (v: number) => v >= 0, text: 'a value ≥ 0 (rule sign: nonnegative)' } : null,
    rule.min !== undefined ? { test: (v: number) => v >= rule.min!, text: `a value ≥ ${rule.min} (rule min: ${rule.min})` } : null,
    rule.max !== undefined ? { test: (v: number) => v <= rule.max!, text: `a value ≤ ${rule.max} (rule max: ${rule.max})` } : null,
    rule.placeholderZeros === 'null'
      ? { test: (v: number) => v !== 0, text: 'no placeholder 0 left (rule placeholderZeros: null)' }
      : null
  ].filter((b) => b !== null);
  const excluded = new Set((rule.excluded ?? []).map((cell) => `${cell.entity}|${cell.year}`));
  for (const [entity, row] of Object.entries(series.values)) {
    row.forEach((value, i) => {
      if (value === null) return;
      const year = series.years[i];
      const checks = excluded.has(`${entity}|${year}`)
        ? [{ test: () => false, text: 'null (rule excluded: an impossible published value)' }]
        : bounds;
      for (const bound of checks) {
        if (bound.test(value)) continue;
        const origin = originOf({ series, entity, year });
        errors.push(
          new DataError({
            file: origin?.file ?? `series/${series.id}.json`,
            ...(origin ? { row: origin.line } : {}),
            column: origin?.column ?? `values.${entity}[${i}]`,
            expected: `${bound.text} for series ${series.id}`,
            got: `${value} (${entity} ${year})`
          })
        );
      }
    });
  }
  return errors;
}
