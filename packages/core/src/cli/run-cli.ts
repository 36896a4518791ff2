import { parseArgs } from 'node:util';
import { availableParallelism, loadavg } from 'node:os';
import { writeCsv } from '@dtr/csv';
import { InputError } from '../index/input-error.ts';
import { parseDecimal } from '../index/parse-decimal.ts';
import { readCoinCsv } from '../index/read-coin-csv.ts';
import { resolveSpec } from '../index/resolve-spec.ts';
import { runIndex } from '../index/run-index.ts';
import { chooseThreads, MAX_THREADS } from '../threads/choose-threads.ts';
import { startCoreThread, type CoreThread } from '../threads/start-core-thread.ts';
import { checkDrawBudget } from '../uncertainty/check-draw-budget.ts';
import { prepareUncertainty } from '../uncertainty/prepare-uncertainty.ts';
import { rankSensitivity } from '../uncertainty/rank-sensitivity.ts';
import { runUncertainty } from '../uncertainty/run-uncertainty.ts';
import { runUncertaintyShared } from '../uncertainty/run-uncertainty-shared.ts';
import type { UncertaintyResult } from '../uncertainty/uncertainty-chunks.ts';
import { analysisUsage, runAnalysisCommand } from './run-analysis-command.ts';

export interface CliIo {
  /** Reads a file named on the command line (relative paths resolve against the caller's directory). */
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Milliseconds, for --timing. */
  now(): number;
  /** CPU milliseconds of the process, all threads (user + system), for --timing; omitted, it is not printed. */
  cpu?(): number;
  /**
   * Worker threads the process started before reading any input (cli.ts starts them first, see earlyThreads, so their
   * start-up overlaps loading and parsing); `uncertainty` draws on them first. The caller terminates them.
   */
  started?: CoreThread[];
}

const USAGE = `usage:
  dtr index --data iData.csv --meta iMeta.csv [--spec spec.json]
      prints CSV uCode,<each aggregate code>,Index,Rank
  dtr uncertainty --data iData.csv --meta iMeta.csv [--spec spec.json] --draws N --seed S [--noise 0.25] [--grid]
                  [--sensitivity] [--threads T] [--timing]
      prints CSV uCode,nominal,mean,median,q05,q95; --timing adds on stderr compute_ms=<number> and
      cpu_ms=<number> (all threads) from parsed input to output, then process_ms=<number> and
      process_cpu_ms=<number> since the process started (Node, loading, reading and parsing included);
      N ≤ 1,000,000; --threads (default: every core the load average leaves free, its workers started as the
      process starts, before the input is read) gives the same numbers for any T (this thread and T − 1 workers
      draw from one shared buffer);
      --sensitivity (not with --grid) then prints a blank line and CSV input,meanAbsShift,maxAbsShift: per uncertain
      input, the mean and largest |rank - nominal rank| when only it varies (min(N, 1000) draws each)
${analysisUsage}`;

class UsageError extends Error {}

const fmt = (v: number) => (v === v ? String(v) : 'NA');

const STRING_FLAGS = ['data', 'meta', 'spec', 'draws', 'seed', 'noise', 'threads'];
const BOOLEAN_FLAGS = ['grid', 'sensitivity', 'timing'];

/** The command's flags read by node:util parseArgs (strict: unknown flags and stray arguments are usage errors). */
function parseFlags(argv: string[], known: string[]): Map<string, string | true> {
  const options = Object.fromEntries(
    known.map((name) => [name, { type: BOOLEAN_FLAGS.includes(name) ? ('boolean' as const) : ('string' as const) }])
  );
  try {
    const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
    return new Map(Object.entries(values).map(([k, v]) => [k, v === true ? true : String(v)]));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function numberFlag(flags: Map<string, string | true>, name: string, fallback: number, integer: boolean): number {
  const v = flags.get(name);
  if (v === undefined) return fallback;
  const n = v === true ? NaN : parseDecimal(v);
  if (v === true || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(
      `--${name}: expected ${integer ? 'a whole number' : 'a number'}, got ${JSON.stringify(v === true ? '' : v)}`
    );
  }
  return n;
}

/**
 * Monte Carlo or grid uncertainty on this thread and `threads − 1` worker threads drawing from one shared buffer (the
 * `started` ones first, then new ones, which it terminates); the numbers equal one thread's for the same seed.
 */
async function uncertaintyOnThreads({
  input,
  threads,
  sensitivity,
  started
}: {
  input: Parameters<typeof runUncertainty>[0];
  threads: number;
  sensitivity: boolean;
  started: CoreThread[];
}): Promise<UncertaintyResult> {
  const reused = started.slice(0, threads - 1);
  const pool = Array.from({ length: threads - 1 - reused.length }, () => startCoreThread());
  try {
    const workers = [...reused, ...pool].map((t) => t.remote);
    const r = await runUncertaintyShared({ workers, input });
    if (!sensitivity) return r;
    const run = prepareUncertainty(input);
    return { ...r, sensitivity: rankSensitivity(run, Math.min(run.total, 1000)) };
  } finally {
    await Promise.all(pool.map((t) => t.terminate()));
  }
}

/**
 * The `dtr` command line over the same functions the worker runs. Resolves to the exit code: 0 ok, 1 bad input
 * (a precise message on stderr), 2 bad usage. Output is written once, at the end: nothing half-written on error.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === 'audit' || command === 'sensitivity') return runAnalysisCommand({ command, argv: rest, io });
    if (command !== 'index' && command !== 'uncertainty')
      throw new UsageError(command ? `unknown command ${command}` : 'no command');
    const known = command === 'index' ? ['data', 'meta', 'spec', 'timing'] : [...STRING_FLAGS, ...BOOLEAN_FLAGS];
    const flags = parseFlags(rest, known);
    const path = (name: string) => {
      const v = flags.get(name);
      if (typeof v !== 'string') throw new UsageError(`--${name} <file> is required`);
      return v;
    };
    const dataFile = path('data');
    const metaFile = path('meta');
    const data = readCoinCsv({ dataText: io.readFile(dataFile), metaText: io.readFile(metaFile), dataFile, metaFile });
    let spec: unknown = {};
    let specName = 'spec';
    if (flags.has('spec')) {
      specName = path('spec');
      const text = io.readFile(specName);
      try {
        spec = JSON.parse(text);
      } catch (e) {
        throw new Error(`${specName}: not valid JSON (${(e as Error).message})`);
      }
    }
    const t0 = io.now();
    const c0 = io.cpu?.();
    let csv: string;
    if (command === 'index') {
      const r = runIndex({ data, spec, specName });
      const nU = r.units.length;
      const root = r.codes.length - 1;
      const metaOrder = data.meta
        .filter((m) => m.type === 'Aggregate' && m.parent !== null)
        .map((m) => r.codes.indexOf(m.code));
      const rows: string[][] = [];
      for (let u = 0; u < nU; u++) {
        rows.push([
          r.units[u],
          ...metaOrder.map((i) => fmt(r.scores[i * nU + u])),
          fmt(r.scores[root * nU + u]),
          fmt(r.rank[u])
        ]);
      }
      csv = writeCsv({ header: ['uCode', ...metaOrder.map((i) => r.codes[i]), 'Index', 'Rank'], rows });
    } else {
      const grid = flags.get('grid') === true;
      const noise = flags.has('noise') ? numberFlag(flags, 'noise', 0, false) : undefined;
      if (noise !== undefined && (noise < 0 || noise >= 1))
        throw new UsageError(`--noise: expected a number in [0, 1), got ${noise}`);
      // The spec's own draws and seed (an edition's published analysis) are the defaults; flags override them.
      const published = resolveSpec(spec, specName).uncertainty;
      const draws = numberFlag(flags, 'draws', published?.draws ?? 1000, true);
      if (draws < 1) throw new UsageError(`--draws: expected a whole number ≥ 1, got ${draws}`);
      checkDrawBudget({ draws, units: 0, what: '--draws' });
      const seed = numberFlag(flags, 'seed', published?.seed ?? 1, true);
      if (seed < 0 || seed > 0xffffffff)
        throw new UsageError(`--seed: expected a whole number in [0, 4294967295], got ${seed}`);
      const threads = flags.has('threads')
        ? numberFlag(flags, 'threads', 1, true)
        : chooseThreads({
            cells: draws * data.units.length * data.meta.length,
            cores: availableParallelism(),
            load: loadavg()[0],
            started: io.started?.length ?? 0
          });
      if (threads < 1 || threads > MAX_THREADS)
        throw new UsageError(`--threads: expected a whole number in [1, ${MAX_THREADS}], got ${threads}`);
      const sensitivity = flags.get('sensitivity');
      if (sensitivity && grid)
        throw new UsageError('--sensitivity varies one input at a time by Monte Carlo, not with --grid');
      const input = { data, spec, specName, draws, seed, noise, grid };
      const r =
        threads > 1
          ? await uncertaintyOnThreads({ input, threads, sensitivity: sensitivity === true, started: io.started ?? [] })
          : runUncertainty(input, { sensitivity: sensitivity === true });
      const rows: string[][] = r.units.map((u, i) => [
        u,
        fmt(r.nominal[i]),
        fmt(r.mean[i]),
        fmt(r.median[i]),
        fmt(r.q05[i]),
        fmt(r.q95[i])
      ]);
      // With --sensitivity a second table follows after an empty line.
      if (sensitivity) {
        rows.push([], ['input', 'meanAbsShift', 'maxAbsShift']);
        for (const s of r.sensitivity) rows.push([s.input, fmt(s.meanAbsShift), fmt(s.maxAbsShift)]);
      }
      csv = writeCsv({ header: ['uCode', 'nominal', 'mean', 'median', 'q05', 'q95'], rows });
    }
    const ms = io.now() - t0;
    const cpu = c0 === undefined ? '' : ` cpu_ms=${((io.cpu?.() ?? 0) - c0).toFixed(1)}`;
    io.stdout(csv);
    if (flags.get('timing') === true) io.stderr(`compute_ms=${ms.toFixed(1)}${cpu}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`dtr: ${e.message}\n${USAGE}`);
      return 2;
    }
    const err = e as Error;
    // InputError messages already name file, row, column, expected and got.
    io.stderr(`dtr: ${err instanceof InputError || err instanceof Error ? err.message : String(e)}\n`);
    return 1;
  }
}
