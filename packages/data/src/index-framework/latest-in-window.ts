import { DataError } from '../errors/data-error.ts';
import type { Series } from '../schema/types.ts';
import type { IndicatorSource } from '../schema/types.ts';

export interface Cell {
  value: number;
  year: number;
}

const valueAt = (s: Series, entity: string, i: number): number | null => {
  const v = s.values[entity]?.[i];
  return v === null || v === undefined ? null : v * s.scale;
};

/**
 * The latest value of `source` for `entity` with a year inside `window` (inclusive), or null. A ratio uses the latest
 * year in which numerator and denominator both have values; a zero denominator counts as missing.
 */
export function latestInWindow(
  source: IndicatorSource,
  entity: string,
  window: [number, number],
  series: (id: string) => Series
): Cell | null {
  const primary = series(source.kind === 'series' ? source.series : source.numerator);
  const denominator = source.kind === 'ratio' ? series(source.denominator) : null;
  for (let i = primary.years.length - 1; i >= 0; i--) {
    const year = primary.years[i];
    if (year < window[0] || year > window[1]) continue;
    const x = valueAt(primary, entity, i);
    if (x === null) continue;
    if (!denominator) return { value: x * (source.kind === 'series' ? (source.factor ?? 1) : 1), year };
    const j = denominator.years.indexOf(year);
    const d = j < 0 ? null : valueAt(denominator, entity, j);
    if (d === null || d === 0) continue;
    if (source.kind === 'ratio') return { value: (x * source.factor) / d, year };
  }
  return null;
}

/** Looks a series up in a map, failing with the edition file that is missing. */
export function seriesLookup(byId: Map<string, Series>, dir: string): (id: string) => Series {
  return (id) => {
    const s = byId.get(id);
    if (!s)
      throw new DataError({
        file: `${dir}/series/${id}.json`,
        expected: `series "${id}" used by the index framework`,
        got: 'no such file'
      });
    return s;
  };
}
