import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { groupsSchema } from '../schema/entities.ts';
import { parseWith } from '../schema/parse-with.ts';
import { DataError } from '../errors/data-error.ts';
import type { Series } from '../schema/types.ts';
import { readConsistencyChecks } from '../edition/read-consistency-checks.ts';
import type { ConsistencyCheck } from '../schema/consistency-checks-config.ts';
import { runConsistencyChecks } from './consistency-checks.ts';
import { validateCatalogue } from './validate-catalogue.ts';
import { validateEntities } from './validate-entities.ts';
import { validateManifest } from './validate-manifest.ts';
import { validateSeries } from './validate-series.ts';
import { MAX_SERIES_GZIP_BYTES } from './size-limits.ts';

export { MAX_SERIES_GZIP_BYTES } from './size-limits.ts';
export { MAX_PAYLOAD_GZIP_BYTES } from './size-limits.ts';

function readJson(dir: string, file: string, errors: DataError[]): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    errors.push(new DataError({ file, expected: 'a readable JSON file', got: (error as Error).message }));
    return undefined;
  }
}

/**
 * Validates an edition folder without the raw files: schemas, manifest ↔ files, and the consistency checks of its
 * `config/checks.json`. Empty = valid.
 */
export function validateEdition(
  dir: string,
  options: {
    /** The consistency checks to run instead of the folder's config/checks.json (a test's partial edition). */
    checks?: readonly ConsistencyCheck[];
  } = {}
): DataError[] {
  const errors: DataError[] = [];
  if (!existsSync(join(dir, 'manifest.json')))
    return [new DataError({ file: 'manifest.json', expected: `a manifest in ${dir}`, got: 'no such file' })];
  const seriesDir = join(dir, 'series');
  const seriesFiles = existsSync(seriesDir)
    ? readdirSync(seriesDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
  const manifest = readJson(dir, 'manifest.json', errors) as
    { sources?: { id: string }[]; files?: string[] } | undefined;
  if (manifest === undefined) return errors;
  errors.push(
    ...validateManifest(
      manifest,
      'manifest.json',
      seriesFiles.map((f) => f.replace(/\.json$/, ''))
    )
  );
  const sourceIds = new Set((manifest.sources ?? []).map((s) => s.id));
  const series: Record<string, Series> = {};
  for (const f of seriesFiles) {
    const file = `series/${f}`;
    const value = readJson(dir, file, errors);
    if (value === undefined) continue;
    const gzipBytes = gzipSync(readFileSync(join(dir, file))).length;
    if (gzipBytes > MAX_SERIES_GZIP_BYTES)
      errors.push(
        new DataError({
          file,
          expected: `at most ${MAX_SERIES_GZIP_BYTES} bytes gzipped (sanity limit on a series file)`,
          got: `${gzipBytes} bytes`
        })
      );
    const found = validateSeries(value, file, sourceIds);
    errors.push(...found);
    if (found.length === 0) series[(value as Series).id] = value as Series;
  }
  const listed = new Set(manifest.files ?? []);
  if (listed.has('catalogue.json')) {
    const catalogue = readJson(dir, 'catalogue.json', errors);
    if (catalogue !== undefined) errors.push(...validateCatalogue(catalogue, 'catalogue.json', series));
  }
  if (listed.has('entities/countries.json')) {
    const countries = readJson(dir, 'entities/countries.json', errors);
    const bri = listed.has('entities/bri.json') ? readJson(dir, 'entities/bri.json', errors) : undefined;
    const { errors: entityErrors, codes } = validateEntities(countries, bri);
    errors.push(...entityErrors);
    for (const s of Object.values(series)) {
      for (const code of Object.keys(s.values)) {
        if (!code.startsWith('CN-') && !codes.has(code))
          errors.push(
            new DataError({
              file: `series/${s.id}.json`,
              column: `values.${code}`,
              expected: 'a code in entities/countries.json',
              got: JSON.stringify(code)
            })
          );
      }
    }
  }
  if (listed.has('entities/groups.json')) {
    const groups = readJson(dir, 'entities/groups.json', errors);
    try {
      if (groups !== undefined) parseWith({ schema: groupsSchema, value: groups, file: 'entities/groups.json' });
    } catch (error) {
      errors.push(error as DataError);
    }
  }
  for (const file of manifest.files ?? []) {
    if (!existsSync(join(dir, file)))
      errors.push(
        new DataError({ file: 'manifest.json', column: 'files', expected: `a file ${file}`, got: 'no such file' })
      );
  }
  const checksFile = 'config/checks.json';
  try {
    const checks = options.checks ?? readConsistencyChecks({ configDir: join(dir, 'config'), shownAs: checksFile });
    errors.push(...runConsistencyChecks({ checks, series, file: checksFile }));
  } catch (error) {
    errors.push(error as DataError);
  }
  return errors;
}
