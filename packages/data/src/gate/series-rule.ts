/**
 * What values a series may hold, from the `rules` of its entry in the edition's catalogue (config/series.json). Checked at build time against the raw rows and at
 * validation time against the edition's files.
 */
export interface SeriesRule {
  /** "nonnegative": no value below zero (counts, volumes, subscriptions, trade flows, population). */
  sign?: 'nonnegative';
  min?: number;
  max?: number;
  /** "null": every exact 0 in the series is a placeholder the raw file carries for "no data"; it becomes null. */
  placeholderZeros?: 'null';
  /** Single published values that are impossible (e.g. a share above 100 %): nulled and listed in the notes. */
  excluded?: { entity: string; year: number; reason: string }[];
  /** Why the bounds are what they are (e.g. the ceiling of a per-100 rate). */
  note?: string;
}

/** A cell the rules turned into null, listed in the edition's notes.json. */
export interface NulledCell {
  series: string;
  entity: string;
  year: number;
  value: number;
  rule: 'placeholderZeros' | 'excluded';
  reason: string;
}
