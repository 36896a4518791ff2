import type { ClaimsLedger } from '../claims/types.ts';
import type { Manifest, Series } from '../schema/types.ts';

/** An economy's nominal index rank with its 5th–95th percentile rank interval from the uncertainty analysis. */
export interface RankRow {
  code: string;
  rank: number;
  q05: number;
  q95: number;
}

/** What the diff reads of one edition; absent parts (no claims, no index) are skipped, not errors. */
export interface EditionSnapshot {
  edition: number;
  manifest: Manifest;
  series: Record<string, Series>;
  claims?: ClaimsLedger;
  /** `index/spec.json`. */
  spec?: unknown;
  /** Ranks with uncertainty intervals, computed by @dtr/core from the edition's iData/iMeta/spec. */
  ranks?: RankRow[];
}

export interface Revision {
  entity: string;
  year: number;
  from: number;
  to: number;
  /** (to − from) / |from|; Infinity when from is 0. */
  relative: number;
}

export interface SeriesDiff {
  id: string;
  /** Relative tolerance used: changes at or below it are not listed as revisions. */
  tolerance: number;
  unit?: { from: string; to: string };
  scale?: { from: number; to: number };
  /** Values present in both editions that changed by more than the tolerance, largest relative change first. */
  revised: Revision[];
  /** Cells null (or absent) before and present now: new years, new economies, filled gaps. */
  added: number;
  /** Cells present before and null (or absent) now. */
  removed: number;
  yearsAdded: number[];
  yearsRemoved: number[];
}

export interface ClaimChange {
  id: string;
  fields: { field: string; from: unknown; to: unknown }[];
}

export interface SpecChange {
  /** Dotted path into the spec, e.g. "treat.winmax" or "weights.Services". */
  path: string;
  from: unknown;
  to: unknown;
}

export interface RankChange {
  code: string;
  from: RankRow;
  to: RankRow;
  /** to.rank − from.rank; negative = moved up. */
  delta: number;
  /** Each edition's nominal rank lies inside the other edition's 5–95 % interval. */
  withinNoise: boolean;
}

export interface EditionDiff {
  from: number;
  to: number;
  seriesAdded: string[];
  seriesRemoved: string[];
  /** Only series with at least one revision, unit/scale change, added/removed cell or year. */
  series: SeriesDiff[];
  sources: { added: string[]; removed: string[]; vintage: { id: string; from: string; to: string }[] };
  claims: { added: string[]; removed: string[]; changed: ClaimChange[] } | null;
  spec: SpecChange[] | null;
  ranks: { changed: RankChange[]; entered: string[]; left: string[] } | null;
}
