import type { Series } from '../schema/types.ts';
import type { Observation } from './observation.ts';

/** Raw file, row and column of each cell of a series built in this process, keyed by "entity|year". */
const ORIGINS = new WeakMap<Series, ReadonlyMap<string, Observation>>();

/** Remembers where a built series' cells came from, so the gate can point at the raw row. */
export function recordOrigins(series: Series, byCell: ReadonlyMap<string, Observation>): void {
  ORIGINS.set(series, byCell);
}

/** The raw observation behind one cell, if the series was built from observations in this process. */
export function originOf(options: { series: Series; entity: string; year: number }): Observation | undefined {
  return ORIGINS.get(options.series)?.get(`${options.entity}|${options.year}`);
}
