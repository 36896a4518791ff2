import { DataError } from '../errors/data-error.ts';
import { SCHEMA_VERSION, type Series } from '../schema/types.ts';
import type { Observation } from './observation.ts';
import { recordOrigins } from './series-origins.ts';

export type SeriesSpec = Omit<Series, 'schema' | 'years' | 'values'>;

/**
 * Turns observations into a Series covering every year from the first to the last observed, entities sorted by code.
 * An entity listed in the source keeps its row even when all its values are missing; a repeated entity-year throws.
 */
export function seriesFromObservations(spec: SeriesSpec, observations: Observation[]): Series {
  if (observations.length === 0)
    throw new DataError({ file: spec.id, expected: 'at least one observation', got: 'none' });
  const seen = new Map<string, Observation>();
  for (const obs of observations) {
    const key = `${obs.entity}|${obs.year}`;
    const first = seen.get(key);
    if (first) {
      throw new DataError({
        file: obs.file,
        row: obs.line,
        expected: `one row for ${obs.entity} ${obs.year}`,
        got: `a duplicate of line ${first.line}`
      });
    }
    seen.set(key, obs);
  }
  const allYears = observations.map((obs) => obs.year);
  const first = Math.min(...allYears);
  const last = Math.max(...allYears);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const entities = [...new Set(observations.map((obs) => obs.entity))].sort();
  const values: Record<string, (number | null)[]> = {};
  for (const entity of entities) {
    values[entity] = years.map((year) => seen.get(`${entity}|${year}`)?.value ?? null);
  }
  const series: Series = { schema: SCHEMA_VERSION, ...spec, years, values };
  recordOrigins(series, seen);
  return series;
}
