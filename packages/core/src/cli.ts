import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from './cli/run-cli.ts';

// A closed pipe (e.g. `| head`) is not an error for a CLI that prints CSV.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

// `pnpm dtr …` runs this from the caller's directory, so relative paths resolve against process.cwd().
process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => {
    try {
      return readFileSync(resolve(process.cwd(), path), 'utf8');
    } catch (e) {
      throw new Error(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => performance.now(),
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
});
