import { DataError } from '../errors/data-error.ts';
import type { ClaimsLedger } from '../claims/types.ts';
import { EDITION_FILES } from './edition-files.ts';
import { migrateV1 } from './migrate-v1.ts';
import { parseWith } from './parse-with.ts';
import type { PublicRecordFile } from './public-record.ts';
import { readIndexTables } from './read-index-tables.ts';
import type {
  BriFile,
  Catalogue,
  CountriesFile,
  ExternalRow,
  FrameworkFile,
  GroupsFile,
  IndexFlag,
  IndexResults,
  IndexSpec,
  Manifest,
  MethodFile,
  ProvincesFile,
  Series
} from './types.ts';

/** One edition, validated and typed: every dataset file, and the raw text of each file (for downloads and CSV tables). */
export interface Edition {
  year: number;
  manifest: Manifest;
  catalogue: Catalogue;
  /** Series by id, in the manifest's order. */
  series: ReadonlyMap<string, Series>;
  /** `groups` is null for an edition built before the ETL wrote entities/groups.json. */
  entities: { countries: CountriesFile; provinces: ProvincesFile; bri: BriFile; groups: GroupsFile | null };
  claims: ClaimsLedger;
  /** The index, when the edition has one (index/framework.json and index/spec.json). */
  framework: FrameworkFile | null;
  spec: IndexSpec | null;
  /** Results the edition build computed (index/results.json); null for an edition built before they were written. */
  results: IndexResults | null;
  /** The index's rules and what they did (index/method.json): coverage and exclusions, recency, imputation, small economies. */
  method: MethodFile | null;
  /** Every imputed or carried-forward cell of a ranked unit (index/flags.csv). */
  flags: IndexFlag[] | null;
  /** The external measures of each ranked unit, in framework order (index/external.csv). */
  external: ExternalRow[] | null;
  /** The public-record facts the story cites beside the texts' dates (config/public-record.json); null without one. */
  publicRecord: PublicRecordFile | null;
  /** Every file's text by its path inside the edition folder, sorted by path. */
  files: ReadonlyMap<string, string>;
}

const REQUIRED = [
  'manifest.json',
  'catalogue.json',
  'claims.json',
  'entities/countries.json',
  'entities/provinces.json',
  'entities/bri.json'
];

/**
 * Reads an edition from its files (path inside the edition folder → text): parses each JSON file, migrates schema 1 to
 * the current version, validates it against its schema and checks the manifest's series list against the files. Any
 * problem throws a DataError naming `<year>/<path>` and the JSON path.
 */
export function readEdition({ year, files }: { year: number; files: Readonly<Record<string, string>> }): Edition {
  const paths = Object.keys(files).sort();
  const where = (path: string) => `editions/${year}/${path}`;
  for (const path of REQUIRED)
    if (!(path in files)) throw new DataError({ file: where(path), expected: 'an edition file', got: 'no such file' });
  const read = (path: string, kind: keyof typeof EDITION_FILES): unknown => {
    let value: unknown;
    try {
      value = JSON.parse(files[path]);
    } catch (e) {
      throw new DataError({ file: where(path), expected: 'valid JSON', got: (e as Error).message });
    }
    const spec = EDITION_FILES[kind];
    const version = (value as { schema?: unknown } | null)?.schema;
    if (version === 1 && spec.v1 && kind !== 'claims') {
      parseWith({ schema: spec.v1, value, file: where(path) });
      value = migrateV1({ path, value, paths });
    }
    return parseWith({ schema: spec.schema, value, file: where(path) });
  };
  const manifest = read('manifest.json', 'manifest') as Manifest;
  if (manifest.edition !== year)
    throw new DataError({
      file: where('manifest.json'),
      column: '$.edition',
      expected: String(year),
      got: String(manifest.edition)
    });
  const series = new Map<string, Series>();
  for (const id of manifest.series) {
    const path = `series/${id}.json`;
    if (!(path in files))
      throw new DataError({ file: where(path), expected: `the series listed in manifest.json`, got: 'no such file' });
    const s = read(path, 'series') as Series;
    if (s.id !== id)
      throw new DataError({
        file: where(path),
        column: '$.id',
        expected: JSON.stringify(id),
        got: JSON.stringify(s.id)
      });
    series.set(id, s);
  }
  for (const path of paths)
    if (EDITION_FILES.series.matches(path) && !series.has(path.slice(7, -5)))
      throw new DataError({
        file: where('manifest.json'),
        column: '$.series',
        expected: `an entry for ${path}`,
        got: 'none'
      });
  const optional = <T>(path: string, kind: keyof typeof EDITION_FILES) =>
    path in files ? (read(path, kind) as T) : null;
  const framework = optional<FrameworkFile>('index/framework.json', 'framework');
  const method = optional<MethodFile>('index/method.json', 'method');
  return {
    year,
    manifest,
    catalogue: read('catalogue.json', 'catalogue') as Catalogue,
    series,
    entities: {
      countries: read('entities/countries.json', 'countries') as CountriesFile,
      provinces: read('entities/provinces.json', 'provinces') as ProvincesFile,
      bri: read('entities/bri.json', 'bri') as BriFile,
      groups: optional<GroupsFile>('entities/groups.json', 'groups')
    },
    claims: read('claims.json', 'claims') as ClaimsLedger,
    framework,
    spec: optional<IndexSpec>('index/spec.json', 'spec'),
    results: optional<IndexResults>('index/results.json', 'results'),
    method,
    ...readIndexTables({ files, where, framework, method }),
    publicRecord: optional<PublicRecordFile>('config/public-record.json', 'publicRecord'),
    files: new Map(paths.map((p) => [p, files[p]]))
  };
}
