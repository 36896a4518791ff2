import type { Series } from '../schema/types.ts';
import type { Revision, SeriesDiff } from './types.ts';

/**
 * Compares one series across two editions cell by cell (entity × year). A value present in both counts as revised
 * when |to − from| > tolerance × max(|from|, |to|); a cell that appears or disappears is counted, not listed.
 */
export function seriesRevisions(from: Series, to: Series, tolerance: number): SeriesDiff {
  const revised: Revision[] = [];
  let added = 0;
  let removed = 0;
  const cell = (s: Series, entity: string, year: number): number | null => {
    const i = s.years.indexOf(year);
    return i < 0 ? null : (s.values[entity]?.[i] ?? null);
  };
  const entities = [...new Set([...Object.keys(from.values), ...Object.keys(to.values)])].sort();
  const years = [...new Set([...from.years, ...to.years])].sort((a, b) => a - b);
  for (const entity of entities) {
    for (const year of years) {
      const a = cell(from, entity, year);
      const b = cell(to, entity, year);
      if (a === null && b === null) continue;
      if (a === null) added += 1;
      else if (b === null) removed += 1;
      else if (Math.abs(b - a) > tolerance * Math.max(Math.abs(a), Math.abs(b))) {
        revised.push({ entity, year, from: a, to: b, relative: a === 0 ? Infinity : (b - a) / Math.abs(a) });
      }
    }
  }
  revised.sort(
    (x, y) =>
      Math.abs(y.relative) - Math.abs(x.relative) ||
      (x.entity < y.entity ? -1 : x.entity > y.entity ? 1 : x.year - y.year)
  );
  return {
    id: to.id,
    tolerance,
    ...(from.unit !== to.unit ? { unit: { from: from.unit, to: to.unit } } : {}),
    ...(from.scale !== to.scale ? { scale: { from: from.scale, to: to.scale } } : {}),
    revised,
    added,
    removed,
    yearsAdded: to.years.filter((y) => !from.years.includes(y)),
    yearsRemoved: from.years.filter((y) => !to.years.includes(y))
  };
}
