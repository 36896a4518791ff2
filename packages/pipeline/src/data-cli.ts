import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { buildConfiguredEdition, latestEdition, parseCliArgs, runMain, validateCommand } from '@dtr/data/node';
import { writeIndexResults } from './write-index-results.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');
/** @dtr/data's folder: its editions and claims. */
const packageDir = resolve(repoRoot, 'packages/data');
const editionsDir = resolve(packageDir, 'editions');

const USAGE = `usage: pnpm data build [--edition YEAR] [--raw DIR]   build the edition (default: the latest present) from the raw folder (default ../shared/data/raw from the repo root)
       pnpm data validate [--edition YEAR]             validate the committed edition (no raw files needed)`;

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  const edition = args.edition ?? latestEdition({ editionsDir });
  if (args.command === 'build') {
    const rawDir = args.raw ? resolve(process.cwd(), args.raw) : resolve(repoRoot, '../shared/data/raw');
    const result = await buildConfiguredEdition({
      edition,
      rawDir,
      editionsDir,
      finish: (dir) => void writeIndexResults({ dir }),
      claims: {
        module: resolve(packageDir, 'src/claims/build-claims.ts'),
        claimsDir: resolve(packageDir, 'claims'),
        seedsDir: resolve(repoRoot, '../shared/seeds')
      }
    });
    for (const file of result.files) {
      const bytes = readFileSync(resolve(result.dir, file));
      console.log(`${file}\t${bytes.length} B\t${gzipSync(bytes).length} B gz`);
    }
    console.log(`edition ${edition} built in ${result.dir}`);
    return 0;
  }
  if (args.command === 'validate') return validateCommand({ editionsDir, edition });
  console.log(USAGE);
  return args.command === 'help' ? 0 : 2;
}

void runMain({ main, argv: process.argv.slice(2) });
