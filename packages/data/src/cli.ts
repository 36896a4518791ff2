import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { parseCliArgs } from './cli-args.ts';
import { buildEdition } from './edition/build-edition.ts';
import { validateEdition } from './validate/validate-edition.ts';
import { writeIndexFramework } from './index-framework/write-index-framework.ts';
import { FRAMEWORK_2026 } from './index-framework/framework-2026.ts';

const packageDir = resolve(fileURLToPath(import.meta.url), '../..');
const repoRoot = resolve(packageDir, '../..');
const editionsDir = resolve(packageDir, 'editions');

const USAGE = `usage: pnpm data build [--edition 2026] [--raw DIR]   build the edition from the raw folder (default ../shared/data/raw from the repo root)
       pnpm data validate [--edition 2026]             validate the committed edition (no raw files needed)`;

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === 'build') {
    const rawDir = args.raw ? resolve(process.cwd(), args.raw) : resolve(repoRoot, '../shared/data/raw');
    const result = await buildEdition({
      edition: args.edition,
      rawDir,
      editionsDir,
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
    if (args.edition === FRAMEWORK_2026.edition) writeIndexFramework(result.dir, FRAMEWORK_2026);
    console.log(`edition ${args.edition} built in ${result.dir}`);
    return 0;
  }
  if (args.command === 'validate') {
    const errors = validateEdition(resolve(editionsDir, String(args.edition)));
    for (const error of errors) console.error(error.message);
    if (errors.length > 0) return 1;
    console.log(`edition ${args.edition} is valid`);
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
