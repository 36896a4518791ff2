import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { DataError } from '../errors/data-error.ts';
import type { BriFile, CountriesFile, Series } from '../schema/types.ts';
import { buildIndexFramework, type IndexFrameworkTables } from './build-index-framework.ts';
import type { FrameworkDefinition } from '../schema/types.ts';
import { externalCsv } from './external-csv.ts';
import { flagsCsv } from './flags-csv.ts';
import { frameworkJson } from './framework-json.ts';
import { iDataCsv } from './i-data-csv.ts';
import { iMetaCsv } from './i-meta-csv.ts';
import { iYearsCsv } from './i-years-csv.ts';
import { methodJson } from './method-json.ts';
import { seriesLookup } from './latest-in-window.ts';
import { specJson } from './spec-json.ts';

function readJson<T>(dir: string, file: string): T {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw new DataError({ file: join(dir, file), expected: 'an edition file', got: 'no such file' });
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new DataError({ file: join(dir, file), expected: 'valid JSON', got: (e as Error).message });
  }
}

// Kosovo has no ISO 3166 numeric code; world-atlas leaves it without an id too.
const numericCode = (iso3: string) => countries.alpha3ToNumeric(iso3) ?? null;

/**
 * Writes `index/iData.csv`, `iMeta.csv`, `iYears.csv`, `spec.json`, `framework.json`, `method.json`, `flags.csv` and
 * `external.csv` into an edition folder, from
 * that folder's series and entities only. Files go to a temporary folder first and replace `index/` in one rename.
 */
export function writeIndexFramework(editionDir: string, definition: FrameworkDefinition): IndexFrameworkTables {
  const byId = new Map<string, Series>();
  for (const file of readdirSync(join(editionDir, 'series'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const s = readJson<Series>(editionDir, `series/${file}`);
    byId.set(s.id, s);
  }
  const tables = buildIndexFramework({
    definition,
    countries: readJson<CountriesFile>(editionDir, 'entities/countries.json'),
    bri: readJson<BriFile>(editionDir, 'entities/bri.json'),
    series: seriesLookup(byId, editionDir)
  });
  const files: Record<string, string> = {
    'iData.csv': iDataCsv(tables),
    'iMeta.csv': iMetaCsv(tables),
    'iYears.csv': iYearsCsv(tables),
    'spec.json': specJson(tables),
    'framework.json': frameworkJson(tables, numericCode),
    'method.json': methodJson(tables),
    'flags.csv': flagsCsv(tables),
    'external.csv': externalCsv(tables)
  };
  const target = join(editionDir, 'index');
  const temp = join(editionDir, '.index-tmp');
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(temp, name), text);
  rmSync(target, { recursive: true, force: true });
  renameSync(temp, target);
  return tables;
}
