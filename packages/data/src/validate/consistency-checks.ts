import { DataError } from '../errors/data-error.ts';
import type { ConsistencyCheck, ConsistencyTerm } from '../schema/consistency-checks-config.ts';
import type { Series } from '../schema/types.ts';

/** A series' stored value for one entity and year, or null when the year or the cell is missing. */
export function valueAt(series: Series, entity: string, year: number): number | null {
  const i = series.years.indexOf(year);
  return i < 0 ? null : (series.values[entity]?.[i] ?? null);
}

const sumOf = (terms: readonly ConsistencyTerm[], series: Record<string, Series>): number | null => {
  let total = 0;
  for (const term of terms) {
    const value = valueAt(series[term.series], term.entity, term.year);
    if (value === null) return null;
    total += term.units ? value * series[term.series].scale : value;
  }
  return total;
};

/**
 * Runs the edition's consistency checks (config/checks.json) on its series: an unknown series id is an error with its
 * JSON path; a check whose cell is missing, whose divisor is 0, or whose result is outside the tolerance fails.
 */
export function runConsistencyChecks({
  checks,
  series,
  file
}: {
  checks: readonly ConsistencyCheck[];
  series: Record<string, Series>;
  file: string;
}): DataError[] {
  const errors: DataError[] = [];
  checks.forEach((check, i) => {
    const terms = [
      ...check.sum.map((term, j) => ({ term, path: `$[${i}].sum[${j}].series` })),
      ...(check.over ?? []).map((term, j) => ({ term, path: `$[${i}].over[${j}].series` }))
    ];
    const unknown = terms.find(({ term }) => !(term.series in series));
    if (unknown) {
      errors.push(
        new DataError({
          file,
          column: unknown.path,
          expected: 'a series of the edition',
          got: JSON.stringify(unknown.term.series)
        })
      );
      return;
    }
    const top = sumOf(check.sum, series);
    const bottom = check.over ? sumOf(check.over, series) : 1;
    const got = top === null || bottom === null || bottom === 0 ? null : top / bottom;
    if (got === null || Math.abs(got - check.expected) > check.tolerance) {
      const used = [...new Set(terms.map(({ term }) => `series/${term.series}.json`))];
      errors.push(
        new DataError({
          file: used.join(' + '),
          column: check.id,
          expected: `${check.expected} ± ${check.tolerance}`,
          got: String(got)
        })
      );
    }
  });
  return errors;
}
