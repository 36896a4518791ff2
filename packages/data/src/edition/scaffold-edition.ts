import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import type { EditionConfig } from './editions.ts';
import { CONFIG_DIR } from './read-framework-config.ts';

export interface ScaffoldOptions {
  year: number;
  /** `packages/data/src/edition/editions.json`. */
  configFile: string;
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
 * `pnpm edition new <year>`: adds the edition to editions.json with the latest edition's ETL steps, copies the latest
 * edition's configuration (`config/`: index framework …) and its copy in both locales, and returns what the maintainer must still do. Writes
 * nothing when the year is not after the latest edition or its copy folder exists.
 */
export function scaffoldEdition(options: ScaffoldOptions): ScaffoldResult {
  const configs = JSON.parse(readFileSync(options.configFile, 'utf8')) as Record<string, EditionConfig>;
  const years = Object.keys(configs)
    .map(Number)
    .sort((a, b) => a - b);
  const from = years[years.length - 1];
  if (!(options.year > from))
    throw new DataError({
      file: options.configFile,
      column: 'year',
      expected: `a year after the latest edition ${from}`,
      got: String(options.year)
    });
  const target = join(options.contentDir, String(options.year));
  if (existsSync(target)) throw new DataError({ file: target, expected: 'no copy folder yet', got: 'it exists' });
  const source = join(options.contentDir, String(from));
  if (!existsSync(source))
    throw new DataError({ file: source, expected: `the copy of edition ${from}`, got: 'no such folder' });
  const config: EditionConfig = { ...configs[from], published: `${options.year}-12-01` };
  const created: string[] = [];
  if (existsSync(join(source, 'story.json'))) {
    mkdirSync(target, { recursive: true });
    cpSync(join(source, 'story.json'), join(target, 'story.json'));
    created.push(join(target, 'story.json'));
  }
  for (const locale of ['en', 'zh']) {
    cpSync(join(source, locale), join(target, locale), { recursive: true });
    for (const file of readdirSync(join(target, locale)).sort()) created.push(join(target, locale, file));
  }
  const configFrom = join(options.editionsDir, String(from), CONFIG_DIR);
  if (existsSync(configFrom)) {
    const configTo = join(options.editionsDir, String(options.year), CONFIG_DIR);
    cpSync(configFrom, configTo, { recursive: true });
    for (const file of readdirSync(configTo).sort()) created.push(join(configTo, file));
  }
  const ordered = Object.fromEntries([
    ...years.map((y) => [String(y), configs[y]] as const),
    [String(options.year), config]
  ]);
  writeFileSync(options.configFile, `${JSON.stringify(ordered, null, 2)}\n`);
  created.push(options.configFile);
  return {
    from,
    config,
    created,
    checklist: [
      `Put the new raw files in a folder and update their record in packages/data/editions/${options.year}/config/sources.json (vintage, files, caveats); never commit raw files.`,
      `Check the publication date ${config.published} in packages/data/src/edition/editions.json.`,
      `Review the ETL steps (set ${config.steps}): year ranges (lastYear in src/etl/series/*), file names, the BRI list date; add a new step set in src/edition/step-sets.ts if they change.`,
      `Review the index framework in packages/data/editions/${options.year}/config/framework.json (data, no code): indicator windows, briDate, weights, spec (draws, seed).`,
      `Review the consistency checks in src/validate/consistency-checks.ts against the new vintage.`,
      `Add the year's claims (packages/data/claims/) if the seed texts changed.`,
      `Rewrite the copy in apps/report/src/content/${options.year}/en and /zh: every figure stays a {calc:…} or {claim:…} reference; update meta.json (title, dek, kicker).`,
      `Run: pnpm edition build ${options.year} --raw <dir>; then pnpm edition diff ${from} ${options.year} and read every revision beyond tolerance and every rank change beyond noise.`,
      `Build the site (cd apps/report && npx vite build); check that build/${from}/ and build/embed/${from}/ are unchanged, and read /${options.year}/changelog/.`
    ]
  };
}
