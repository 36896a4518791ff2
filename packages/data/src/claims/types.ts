/**
 * Claims ledger, schema version 1: every quantitative statement in the seed texts, with where it comes from and how it
 * compares with other claims and with the edition's datasets. Inputs live in `packages/data/claims/` (one JSON file per
 * seed text plus `conflicts.json`); `buildClaims` writes `editions/<year>/claims.json` and `claims.csv`.
 */
export const CLAIMS_SCHEMA_VERSION = 1;

export const TOPICS = [
  'definition',
  'goods',
  'services',
  'data',
  'infrastructure',
  'guangdong',
  'bri',
  'rules',
  'problems'
] as const;
export type Topic = (typeof TOPICS)[number];

/** How the text bounds the number ("more than 40,000"); absent when the text states it plainly. */
export const QUALIFIERS = ['about', 'more than', 'less than', 'forecast', 'top'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Why claims disagree with each other or with a dataset value. */
export const CONFLICT_REASONS = [
  'definition',
  'vintage',
  'source',
  'garbled',
  'slip',
  'rounding',
  'unexplained'
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Our interpretation of a number the text prints garbled; never replaces `value`. */
export interface Reading {
  value: number;
  year: number | null;
}

/** One claim as curated in `claims/<text>.json`. */
export interface Claim {
  /** Stable, readable, unique across all texts: `<text tag>-<subject>-<year>-<measure>`. */
  id: string;
  /**
   * The number exactly as the text prints it (a stated decrease is stored negative); null for a named claim (unit
   * `agreement`), where the text names something without a figure and `subject` holds the name.
   */
  value: number | null;
  unit: string;
  year: number | null;
  /** ISO3, WLD, a province code (CN-GD) or a group code (CN-YRD). */
  entity: string;
  /** Edition indicator id the claim speaks about, when one exists. */
  indicator: string | null;
  topic: Topic;
  /** Seed text id, the file name without `.txt`. */
  text: string;
  /** Heading or paragraph locator in the text. */
  section: string;
  /** The original phrase holding the number, verbatim (whitespace may differ), at most 200 characters. */
  quote: string;
  /** Short note in our own words. */
  note: string;
  qualifier?: Qualifier;
  /** A firm, product or population the number is about, when narrower than the entity; the name a named claim states. */
  subject?: string;
  reading?: Reading;
}

/** A seed text as described in its own pages; "not stated" where the text is silent. */
export interface TextInfo {
  text: string;
  author: string;
  title: string;
  year: number | null;
  language: Language;
  note: string;
  caveats: string[];
}

/** One `claims/<text>.json` file. */
export interface TextFile extends TextInfo {
  claims: Claim[];
}

/** A dataset value a conflict group is checked against, taken from the raw files. */
export interface DatasetReference {
  /** Indicator id, or an expression of ids when the value is derived (`dds-exports + dds-imports`). */
  series: string;
  entity: string;
  year: number;
  value: number;
  unit: string;
  /** Raw file and field the value was read from. */
  source: string;
  derivation?: string;
}

/** One group in `claims/conflicts.json`. */
export interface Conflict {
  id: string;
  claims: string[];
  reasons: ConflictReason[];
  dataset?: DatasetReference;
  explanation: string;
}

/** A claim against the group's dataset value, in the dataset's unit. */
export interface Difference {
  claim: string;
  /** True when the comparison uses the claim's `reading` rather than its printed value. */
  usesReading: boolean;
  claimValue: number;
  datasetValue: number;
  unit: string;
  absolute: number;
  /** (claim − dataset) / dataset. */
  relative: number;
}

export interface ConflictRecord extends Conflict {
  differences: Difference[];
}

/** A claim as published: the curated fields plus the text's citation and the conflict groups it belongs to. */
export interface ClaimRecord extends Claim {
  author: string;
  title: string;
  conflicts: string[];
}

/** `editions/<year>/claims.json`. */
export interface ClaimsLedger {
  schema: typeof CLAIMS_SCHEMA_VERSION;
  texts: (TextInfo & { claims: number })[];
  claims: ClaimRecord[];
  conflicts: ConflictRecord[];
}
