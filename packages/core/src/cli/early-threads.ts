import { parseArgs } from 'node:util';
import { chooseThreads, MAX_THREADS } from '../threads/choose-threads.ts';

/**
 * How many worker threads `dtr` should start before it loads the rest of itself or reads any input, so that a
 * thread's start-up (Node's bootstrap and parsing the core bundle: 80–220 ms on this 2-core machine) overlaps module
 * loading, reading and parsing instead of delaying the draws. Only `dtr uncertainty` starts them: with `--threads T`,
 * T − 1 (0 when T is not a whole number in [1, 64]: runCli then reports the usage error); otherwise one per core the
 * last minute's load average leaves free, beyond this one (the rule of chooseThreads). Only speed depends on it:
 * results are identical for any thread count, and a worker that is still starting when the draws run out takes none.
 */
export function earlyThreads({ argv, cores, load }: { argv: string[]; cores: number; load: number }): number {
  const [command, ...rest] = argv;
  if (command !== 'uncertainty') return 0;
  // Lenient here (runCli parses strictly): an unknown flag only means no early thread is needed to report it.
  const { values } = parseArgs({
    args: rest,
    options: { threads: { type: 'string' } },
    strict: false,
    allowPositionals: true
  });
  const given = values.threads;
  if (given !== undefined) {
    const t = typeof given === 'string' && /^\d+$/.test(given) ? Number(given) : NaN;
    return t >= 1 && t <= MAX_THREADS ? t - 1 : 0;
  }
  // As many as the free cores allow, whatever the run's size: started now, a worker costs the run nothing.
  return chooseThreads({ cells: Infinity, cores, load }) - 1;
}
