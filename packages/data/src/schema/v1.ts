/**
 * Edition dataset schema, version 1. Everything under `packages/data/editions/<year>/` has one of these shapes.
 * JSON cannot hold NaN, so a missing observation is `null` here; core turns it into NaN.
 */
export const SCHEMA_VERSION = 1;

export type Locale = 'en' | 'zh';
export type Localised = Record<Locale, string>;

/** A dataset the edition draws on, with what a reader needs to cite and reuse it. */
export interface Source {
  id: string;
  publisher: string;
  dataset: string;
  /** The publisher's release or "last updated" date of the copy used, e.g. "2025-12-18". */
  vintage: string;
  licence: string;
  licenceUrl?: string;
  url: string;
  /** How the publisher asks to be cited, or a citation built from the fields above. */
  citation: string;
  /** Raw files read, relative to the raw folder. Never committed. */
  files: string[];
  caveats: string[];
}

export type Category = 'goods' | 'services' | 'data' | 'infrastructure' | 'gvc' | 'economy';

/** One annual indicator for many entities (ISO3 codes, WLD, province codes such as CN-GD). */
export interface Series {
  schema: 1;
  id: string;
  sourceId: string;
  /** Unit after applying `scale`, e.g. "US$", "% of population", "per 100 people". */
  unit: string;
  /** Multiply a stored value by this to get `unit` (1e6 when values are US$ millions). */
  scale: number;
  /** What the ETL did to the raw values, in one or two sentences. */
  transformation: string;
  /** Ascending, no gaps required. */
  years: number[];
  /** Entity code → one value per entry of `years`; null = not available. */
  values: Record<string, (number | null)[]>;
}

export interface Indicator {
  id: string;
  name: Localised;
  definition: Localised;
  unit: string;
  scale: number;
  category: Category;
  sourceId: string;
  licence: string;
  vintage: string;
  coverage: { entities: number; firstYear: number; lastYear: number };
}

export interface Manifest {
  schema: 1;
  edition: number;
  /** ISO date the edition was published. */
  published: string;
  sources: Source[];
  /** Series file ids present in `series/`. */
  series: string[];
  /** Other edition files (paths relative to the edition folder), e.g. "catalogue.json", "entities/countries.json". Optional: added after the first v1 consumers. */
  files?: string[];
}
