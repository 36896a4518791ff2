/** Parsed `pnpm data <command> [--edition YEAR] [--raw DIR]` arguments. */
export interface CliArgs {
  command: string;
  edition: number;
  raw?: string;
}

const DEFAULT_EDITION = 2026;

export function parseCliArgs(argv: string[]): CliArgs {
  const [command = 'help', ...rest] = argv;
  const args: CliArgs = { command, edition: DEFAULT_EDITION };
  for (let i = 0; i < rest.length; i += 1) {
    const flag = rest[i];
    const [name, inline] = flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = inline ?? rest[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
    if (name === '--edition') {
      if (!/^\d{4}$/.test(value)) throw new Error(`--edition expects a year, got ${JSON.stringify(value)}`);
      args.edition = Number(value);
    } else if (name === '--raw') args.raw = value;
    else throw new Error(`unknown option ${name}`);
  }
  return args;
}
