import { claimChanges } from './claim-changes.ts';
import { rankChanges } from './rank-changes.ts';
import { seriesRevisions } from './series-revisions.ts';
import { specChanges } from './spec-changes.ts';
import type { EditionDiff, EditionSnapshot } from './types.ts';

/** Relative revision tolerance when a series has no override: 0.1 %, below any figure the report prints. */
export const DEFAULT_TOLERANCE = 0.001;

export interface DiffOptions {
  /** Per-series relative tolerance, e.g. `{ 'logistics-performance': 0.01 }`. */
  tolerance?: Record<string, number>;
}

/** Everything a maintainer or reader needs to know changed between two editions. Pure: reads only the snapshots. */
export function diffEditions(from: EditionSnapshot, to: EditionSnapshot, options: DiffOptions = {}): EditionDiff {
  const ids = (s: EditionSnapshot) => Object.keys(s.series).sort();
  const series = ids(to)
    .filter((id) => id in from.series)
    .map((id) => seriesRevisions(from.series[id], to.series[id], options.tolerance?.[id] ?? DEFAULT_TOLERANCE))
    .filter(
      (d) =>
        d.revised.length > 0 ||
        d.added > 0 ||
        d.removed > 0 ||
        d.unit ||
        d.scale ||
        d.yearsAdded.length > 0 ||
        d.yearsRemoved.length > 0
    );
  const sourcesBefore = new Map(from.manifest.sources.map((s) => [s.id, s]));
  const sourcesAfter = new Map(to.manifest.sources.map((s) => [s.id, s]));
  return {
    from: from.edition,
    to: to.edition,
    seriesAdded: ids(to).filter((id) => !(id in from.series)),
    seriesRemoved: ids(from).filter((id) => !(id in to.series)),
    series,
    sources: {
      added: [...sourcesAfter.keys()].filter((id) => !sourcesBefore.has(id)).sort(),
      removed: [...sourcesBefore.keys()].filter((id) => !sourcesAfter.has(id)).sort(),
      vintage: [...sourcesAfter.values()]
        .filter((s) => sourcesBefore.has(s.id) && sourcesBefore.get(s.id)?.vintage !== s.vintage)
        .map((s) => ({ id: s.id, from: sourcesBefore.get(s.id)?.vintage ?? '', to: s.vintage }))
    },
    claims: from.claims && to.claims ? claimChanges(from.claims, to.claims) : null,
    spec: from.spec !== undefined && to.spec !== undefined ? specChanges(from.spec, to.spec) : null,
    ranks: from.ranks && to.ranks ? rankChanges(from.ranks, to.ranks) : null
  };
}
