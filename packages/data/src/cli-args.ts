import { parseArgs } from 'node:util';

/** Parsed `pnpm data <command> [--edition YEAR] [--raw DIR]` arguments; `edition` is absent when not given. */
export interface CliArgs {
  command: string;
  edition?: number;
  raw?: string;
}

/** Reads the command line with node:util parseArgs (the one argument parser of every CLI in the repository). */
export function parseCliArgs(argv: string[]): CliArgs {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { edition: { type: 'string' }, raw: { type: 'string' } }
  });
  const [command = 'help', ...extra] = positionals;
  if (extra.length > 0) throw new Error(`unexpected argument ${JSON.stringify(extra[0])}`);
  const args: CliArgs = { command };
  if (values.edition !== undefined) {
    if (!/^\d{4}$/.test(values.edition))
      throw new Error(`--edition expects a year, got ${JSON.stringify(values.edition)}`);
    args.edition = Number(values.edition);
  }
  if (values.raw !== undefined) args.raw = values.raw;
  return args;
}
