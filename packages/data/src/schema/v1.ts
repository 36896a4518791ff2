/**
 * Edition dataset schema, version 1. Everything under `packages/data/editions/<year>/` has one of these shapes.
 * JSON cannot hold NaN, so a missing observation is `null` here; core turns it into NaN.
 */
export const SCHEMA_VERSION = 1;

/** Text in the report's two locales (the Locale type itself is @dtr/ui's). */
export interface Localised {
  en: string;
  zh: string;
}

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

/** `catalogue.json`: one Indicator per series file, sorted by id. */
export interface Catalogue {
  schema: 1;
  indicators: Indicator[];
}

/** An economy or aggregate in `entities/countries.json`. */
export interface CountryEntity {
  /** ISO3, or the World Bank code for the few economies ISO 3166 lacks (CHI, XKX) and for aggregates (WLD, EAS, HIC…). */
  code: string;
  name: Localised;
  kind: 'economy' | 'aggregate';
  /** World Bank region (canonical 2026-02 metadata); null for aggregates and economies the World Bank does not list. */
  region: string | null;
  /** World Bank income group; null when unclassified (e.g. ETH, VEN in 2026-02) or not listed. */
  incomeGroup: string | null;
}

export interface CountriesFile {
  schema: 1;
  sourceId: string;
  entities: CountryEntity[];
}

export interface ProvinceEntity {
  /** ISO 3166-2:CN code, e.g. "CN-GD". */
  code: string;
  nbsCode: string;
  name: Localised;
  region: 'east' | 'central' | 'west' | 'northeast';
  /** yrd = Yangtze River Delta; gba = Greater Bay Area (Guangdong side); jjj = Beijing–Tianjin–Hebei. */
  groups: ('yrd' | 'gba' | 'jjj')[];
}

export interface ProvincesFile {
  schema: 1;
  provinces: ProvinceEntity[];
  regions: Record<ProvinceEntity['region'], Localised>;
  groups: Record<ProvinceEntity['groups'][number], Localised>;
}

export interface BriMember {
  code: string;
  /**
   * ISO date; null when the source gives none (AUT, COG, NER, RUS in the Dec-2023 list). Such a member counts from the
   * list's date (`BriFile.unknownJoinDate`) and its status before that is unknown: see `briStatusOn`. Maps should say
   * "join date not given" for these rather than show a date.
   */
  joined: string | null;
  /** ISO date of exit, e.g. Italy 2023-06-12; null while a member. */
  exited: string | null;
}

export interface BriFile {
  schema: 1;
  sourceId: string;
  /** Month the list was compiled; later signatories are missing. */
  asOf: string;
  /**
   * The list's own date (2023-12-31 for the Dec-2023 list): a member whose `joined` is null is counted from this date,
   * because membership is known as of the list and unknown before it. Never an assumed join date.
   */
  unknownJoinDate: string;
  members: BriMember[];
}
