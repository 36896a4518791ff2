import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from './cli-args.ts';
import { latestEdition } from './edition/latest-edition.ts';
import { validateEdition } from './validate/validate-edition.ts';

const packageDir = resolve(fileURLToPath(import.meta.url), '../..');
const editionsDir = resolve(packageDir, 'editions');

const USAGE = `usage: tsx packages/data/src/cli.ts validate [--edition YEAR]   validate a committed edition (default: the latest present)
Building an edition (ETL, claims, index and its results) is @dtr/pipeline's: pnpm data build, pnpm edition build.`;

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  const edition = args.edition ?? latestEdition({ editionsDir });
  if (args.command === 'validate') {
    const errors = validateEdition(resolve(editionsDir, String(edition)));
    for (const error of errors) console.error(error.message);
    if (errors.length > 0) return 1;
    console.log(`edition ${edition} is valid`);
    return 0;
  }
  console.log(USAGE);
  return args.command === 'help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const list = error instanceof AggregateError ? error.errors : [error];
    if (error instanceof AggregateError) console.error(error.message);
    for (const item of list) console.error(item instanceof Error ? item.message : String(item));
    process.exitCode = 1;
  }
);
