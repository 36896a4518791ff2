import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { earlyThreads } from './cli/early-threads.ts';
import { startCoreThread } from './threads/start-core-thread.ts';

const argv = process.argv.slice(2);
// Worker threads first, before the rest of the CLI is loaded and any input read: their start-up (Node's bootstrap and
// parsing the core bundle) then runs on the other cores while this thread loads, reads and parses.
const started = Array.from({ length: earlyThreads({ argv, cores: availableParallelism(), load: loadavg()[0] }) }, () =>
  startCoreThread()
);
const { runCli } = await import('./cli/run-cli.ts');

// A closed pipe (e.g. `| head`) is not an error for a CLI that prints CSV.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

// `pnpm dtr …` runs this from the caller's directory, so relative paths resolve against process.cwd().
process.exitCode = await runCli(argv, {
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
  cpu,
  started
});
// Node's performance.now() counts from the start of the process: the whole run as a user waits for it, up to the
// written output (terminating the workers below is not included).
if (process.exitCode === 0 && argv.includes('--timing'))
  process.stderr.write(`process_ms=${performance.now().toFixed(1)} process_cpu_ms=${cpu().toFixed(1)}\n`);
await Promise.all(started.map((t) => t.terminate()));
