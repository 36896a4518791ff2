import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import { latestEdition } from './latest-edition.ts';
import { EDITION_CONFIG_FILE, readEditionConfig, type EditionConfig } from './read-edition-config.ts';
import { CONFIG_DIR } from './read-framework-config.ts';

export interface ScaffoldOptions {
  year: number;
  /** `apps/report/src/content`. */
  contentDir: string;
  /** `packages/data/editions`: the latest edition's `config/` is copied to the new one. */
  editionsDir: string;
}

export interface ScaffoldResult {
  from: number;
  config: EditionConfig;
  created: string[];
  checklist: string[];
}

/**
 * `pnpm edition new <year>`: copies the latest edition's configuration (`config/`: settings, index framework, sources
 * and series) with the new publication date in `config/edition.json`, its copy in both locales, its story outline and
 * chart choices (`story.json`, `charts.json`), and returns what the maintainer must still do. Writes nothing when the year is not after the latest edition or its copy folder exists.
 */
export function scaffoldEdition(options: ScaffoldOptions): ScaffoldResult {
  const from = latestEdition({ editionsDir: options.editionsDir });
  if (!(options.year > from))
    throw new DataError({
      file: options.editionsDir,
      column: 'year',
      expected: `a year after the latest edition ${from}`,
      got: String(options.year)
    });
  const configFrom = join(options.editionsDir, String(from), CONFIG_DIR);
  const configTo = join(options.editionsDir, String(options.year), CONFIG_DIR);
  const config: EditionConfig = { ...readEditionConfig({ configDir: configFrom }), published: `${options.year}-12-01` };
  const target = join(options.contentDir, String(options.year));
  if (existsSync(target)) throw new DataError({ file: target, expected: 'no copy folder yet', got: 'it exists' });
  const source = join(options.contentDir, String(from));
  if (!existsSync(source))
    throw new DataError({ file: source, expected: `the copy of edition ${from}`, got: 'no such folder' });
  const created: string[] = [];
  // The outline (sections in order) and the chart choices (series, entities, claims each section charts).
  for (const file of ['story.json', 'charts.json'])
    if (existsSync(join(source, file))) {
      mkdirSync(target, { recursive: true });
      cpSync(join(source, file), join(target, file));
      created.push(join(target, file));
    }
  for (const locale of ['en', 'zh']) {
    cpSync(join(source, locale), join(target, locale), { recursive: true });
    for (const file of readdirSync(join(target, locale)).sort()) created.push(join(target, locale, file));
  }
  cpSync(configFrom, configTo, { recursive: true });
  writeFileSync(join(configTo, EDITION_CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`);
  for (const file of readdirSync(configTo).sort()) created.push(join(configTo, file));
  return {
    from,
    config,
    created,
    checklist: [
      `Put the new raw files in a folder and update their record in packages/data/editions/${options.year}/config/sources.json (vintage, files, roles, caveats); never commit raw files.`,
      `Check the publication date ${config.published} in packages/data/editions/${options.year}/config/edition.json.`,
      `Review the series catalogue packages/data/editions/${options.year}/config/series.json (data, no code): each series' reader, file, code, year options, unit, scale and rules; add or drop series there.`,
      `Review the index framework in packages/data/editions/${options.year}/config/framework.json (data, no code): indicator windows, briDate, weights, spec (draws, seed).`,
      `Review the consistency checks in packages/data/editions/${options.year}/config/checks.json (data, no code) against the new vintage.`,
      `Add the year's claims (packages/data/claims/) if the seed texts changed.`,
      `Rewrite the copy in apps/report/src/content/${options.year}/en and /zh: every figure stays a reference ({series:…}, {rank:…}, {claim:…}, {spec:…}, {edition} or a section's {calc:…}); update meta.json (title, dek, kicker); add, drop or reorder sections in story.json; change the series, peers, claims and years each chart uses in charts.json (data, no code).`,
      `Run: pnpm edition build ${options.year} --raw <dir>; then pnpm edition diff ${from} ${options.year} and read every revision beyond tolerance and every rank change beyond noise.`,
      `Build the site (cd apps/report && npx vite build); check that build/${from}/ and build/embed/${from}/ are unchanged, and read /${options.year}/changelog/.`
    ]
  };
}
