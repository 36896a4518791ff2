import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DataError, diffEditions } from '@dtr/data';
import { buildConfiguredEdition, formatDiff, loadEditionSnapshot, runMain, scaffoldEdition } from '@dtr/data/node';
import { writeIndexResults } from './write-index-results.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
/** @dtr/data's folder: its editions, claims and edition configuration. */
const packageDir = resolve(repoRoot, 'packages/data');
const editionsDir = resolve(packageDir, 'editions');

const USAGE = `usage: pnpm edition new <year>                 scaffold the next edition from the latest (config/: settings, framework, sources, series; copy en + zh) and print the checklist
       pnpm edition build <year> [--raw DIR]     ETL + claims + index framework + index results (scores, ranks, intervals) + validation gate + consistency checks; replaces editions/<year>/ only on success
       pnpm edition diff <from> <to> [--all]     revisions beyond tolerance, series added/removed, claims, index spec and rank changes (--all lists every revision)`;

const year = (value: string | undefined, what: string): number => {
  if (!value || !/^\d{4}$/.test(value))
    throw new DataError({
      file: 'pnpm edition',
      column: what,
      expected: 'a four-digit year',
      got: JSON.stringify(value ?? '')
    });
  return Number(value);
};

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { raw: { type: 'string' }, all: { type: 'boolean' } }
  });
  const [command, ...rest] = positionals;
  if (command === 'new') {
    const result = scaffoldEdition({
      year: year(rest[0], '<year>'),
      contentDir: resolve(repoRoot, 'apps/report/src/content'),
      editionsDir
    });
    console.log(`edition ${rest[0]} scaffolded from ${result.from}:`);
    for (const file of result.created) console.log(`  ${file.slice(repoRoot.length + 1)}`);
    console.log('\nchecklist:');
    result.checklist.forEach((item, i) => console.log(`  ${i + 1}. ${item}`));
    return 0;
  }
  if (command === 'build') {
    const edition = year(rest[0], '<year>');
    const started = performance.now();
    const result = await buildConfiguredEdition({
      edition,
      rawDir: values.raw ? resolve(process.cwd(), values.raw) : resolve(repoRoot, '../shared/data/raw'),
      editionsDir,
      finish: (dir) => void writeIndexResults({ dir }),
      claims: {
        module: resolve(packageDir, 'src/claims/build-claims.ts'),
        claimsDir: resolve(packageDir, 'claims'),
        seedsDir: resolve(repoRoot, '../shared/seeds')
      }
    });
    console.log(
      `edition ${edition} built and validated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${result.files.length} files in ${result.dir}`
    );
    return 0;
  }
  if (command === 'diff') {
    const [from, to] = [year(rest[0], '<from>'), year(rest[1], '<to>')];
    const diff = diffEditions(
      loadEditionSnapshot(resolve(editionsDir, String(from))),
      loadEditionSnapshot(resolve(editionsDir, String(to)))
    );
    process.stdout.write(formatDiff(diff, values.all ? Infinity : 5));
    return 0;
  }
  console.log(USAGE);
  return command === undefined || command === 'help' ? 0 : 2;
}

void runMain({ main, argv: process.argv.slice(2) });
