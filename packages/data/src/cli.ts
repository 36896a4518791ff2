import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args.ts';
import { latestEdition } from './edition/latest-edition.ts';
import { runMain } from './cli/run-main.ts';
import { validateCommand } from './cli/validate-command.ts';

const packageDir = resolve(fileURLToPath(import.meta.url), '../..');
const editionsDir = resolve(packageDir, 'editions');

const USAGE = `usage: tsx packages/data/src/cli.ts validate [--edition YEAR]   validate a committed edition (default: the latest present)
Building an edition (ETL, claims, index and its results) is @dtr/pipeline's: pnpm data build, pnpm edition build.`;

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  const edition = args.edition ?? latestEdition({ editionsDir });
  if (args.command === 'validate') return validateCommand({ editionsDir, edition });
  console.log(USAGE);
  return args.command === 'help' ? 0 : 2;
}

void runMain({ main, argv: process.argv.slice(2) });
