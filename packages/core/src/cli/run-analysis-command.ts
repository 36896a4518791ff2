import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { runAudit } from '../audit/run-audit.ts';
import type { IndexSensitivityInput } from '../sensitivity/index-sensitivity-chunks.ts';
import { runIndexSensitivity } from '../sensitivity/run-index-sensitivity.ts';
import { runSensitivityParallel } from '../sensitivity/run-sensitivity-parallel.ts';
import type { IndexSensitivityResult } from '../sensitivity/summarise-sensitivity.ts';
import { MAX_THREADS } from '../threads/choose-threads.ts';
import { startCoreThread } from '../threads/start-core-thread.ts';
import { sensitivitySettings } from '../sensitivity/sensitivity-settings.ts';
import { readIndexInputs } from './read-index-inputs.ts';
import type { CliIo } from './run-cli.ts';

export const analysisUsage = `  dtr audit --data iData.csv --meta iMeta.csv [--spec spec.json]
      prints one JSON object: Cronbach's alpha and PCA (eigenvalues, variance explained) of each aggregate's
      children, Pearson and Spearman correlations of every indicator and aggregate
  dtr sensitivity --data iData.csv --meta iMeta.csv --spec spec.json --samples N [--seed S] [--bootstrap B]
                  [--unit uCode] [--years iYears.csv] [--threads T] [--timing]
      prints one JSON object: first- and total-order Sobol indices (95% bootstrap intervals) of the mean absolute
      rank shift (or of one unit's rank) for each uncertain input of the spec; N · (inputs + 2) index runs;
      --threads (default: every core, at most one per sample row) gives the same output for any T;
      --years: the year of each value (COINr iYears layout), needed by uncertainty.alternatives.maxAge;
      --timing adds compute_ms=<number> (thread start-up included) on stderr
`;

/** The analysis on `threads` worker threads (sample rows split between them); equal to one thread's result. */
async function sensitivityOnThreads(input: IndexSensitivityInput, threads: number): Promise<IndexSensitivityResult> {
  if (threads === 1) return runIndexSensitivity(input);
  const pool = Array.from({ length: threads }, () => startCoreThread());
  try {
    return await runSensitivityParallel(
      pool.map((t) => t.remote),
      input
    );
  } finally {
    await Promise.all(pool.map((t) => t.terminate()));
  }
}

class UsageError extends Error {}

/** A flag's text as a number when it reads as one, else the text itself (so an error can quote it). */
const numeric = (v: string | undefined) =>
  v === undefined ? undefined : v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;

/**
 * `dtr audit` and `dtr sensitivity`: each prints one JSON object on stdout. Returns the exit code: 0 ok, 1 bad input
 * (a precise message on stderr, nothing on stdout), 2 bad usage (the message and the usage).
 */
export async function runAnalysisCommand({
  command,
  argv,
  io
}: {
  command: 'audit' | 'sensitivity';
  argv: string[];
  io: CliIo;
}): Promise<number> {
  try {
    let values: Record<string, string | undefined>;
    let timing = false;
    try {
      const text = { type: 'string' } as const;
      const options: NonNullable<ParseArgsConfig['options']> =
        command === 'audit'
          ? { data: text, meta: text, spec: text }
          : {
              data: text,
              meta: text,
              spec: text,
              samples: text,
              seed: text,
              bootstrap: text,
              unit: text,
              threads: text,
              years: text,
              timing: { type: 'boolean' }
            };
      const { timing: t, ...rest } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
      timing = t === true;
      values = rest as typeof values;
    } catch (e) {
      throw new UsageError(`${command}: ${(e as Error).message}`);
    }
    const required = command === 'audit' ? ['data', 'meta'] : ['data', 'meta', 'spec', 'samples'];
    for (const k of required)
      if (values[k] === undefined)
        throw new UsageError(`${command}: --${k} ${k === 'samples' ? 'N' : '<file>'} is required`);
    let settings: ReturnType<typeof sensitivitySettings> | undefined;
    let threads = 1;
    if (command === 'sensitivity') {
      const t = numeric(values.threads);
      if (t !== undefined && !(typeof t === 'number' && Number.isInteger(t) && t >= 1 && t <= MAX_THREADS))
        throw new UsageError(`--threads: expected a whole number in [1, ${MAX_THREADS}], got ${JSON.stringify(t)}`);
      threads = t ?? availableParallelism();
      try {
        settings = sensitivitySettings({
          samples: numeric(values.samples),
          seed: numeric(values.seed) ?? 1,
          bootstrap: numeric(values.bootstrap),
          name: (key) => `--${key}`
        });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      // No thread without sample rows of its own.
      threads = Math.min(threads, settings.samples);
    }
    const inputs = readIndexInputs({
      dataFile: values.data as string,
      metaFile: values.meta as string,
      specFile: values.spec,
      yearsFile: values.years,
      readFile: io.readFile
    });
    let out: unknown;
    const t0 = io.now();
    if (command === 'audit') {
      const a = runAudit(inputs);
      out = {
        cronbach: a.cronbach,
        correlation: a.correlation,
        pca: Object.fromEntries(
          Object.entries(a.pca).map(([code, p]) => [
            code,
            { eigenvalues: p.eigenvalues, varianceExplained: p.varianceExplained }
          ])
        )
      };
    } else {
      const unit = values.unit;
      if (unit !== undefined && !inputs.data.units.includes(unit))
        throw new Error(`--unit: expected a uCode of ${values.data}, got ${JSON.stringify(unit)}`);
      try {
        out = await sensitivityOnThreads({ ...inputs, ...(settings as NonNullable<typeof settings>), unit }, threads);
      } catch (e) {
        // The engine names the setting "unit"; on the command line it is the flag.
        const message = (e as Error).message;
        throw message.startsWith('unit: ') ? new Error(`--${message}`) : e;
      }
    }
    // JSON has no NaN: undefined numbers (α of a one-indicator pillar, a constant column) print as null.
    const ms = io.now() - t0;
    io.stdout(JSON.stringify(out) + '\n');
    if (timing) io.stderr(`compute_ms=${ms.toFixed(1)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`dtr: ${e.message}\nusage:\n${analysisUsage}`);
      return 2;
    }
    io.stderr(`dtr: ${(e as Error).message}\n`);
    return 1;
  }
}
