import { prepareUncertainty, type UncertaintyInput } from './prepare-uncertainty.ts';
import { rankSensitivity, type SensitivityRow } from './rank-sensitivity.ts';
import { rankStats } from './rank-stats.ts';

export interface UncertaintyResult {
  units: string[];
  draws: number;
  nominal: Float64Array;
  mean: Float64Array;
  median: Float64Array;
  q05: Float64Array;
  q95: Float64Array;
  sensitivity: SensitivityRow[];
}

export interface UncertaintyOptions {
  /** Called after each chunk with draws done and total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; when it returns true the run stops with an AbortError. */
  shouldStop?: () => boolean;
  /** Awaited between chunks (e.g. a macrotask in a worker, so newer messages get through); sync runs omit it. */
  pause?: () => Promise<void>;
  /** Also run one-at-a-time sensitivity (Monte Carlo mode only; min(draws, 1000) draws per input). */
  sensitivity?: boolean;
  /** Draws per chunk (default 500). */
  chunk?: number;
}

const abortError = () => Object.assign(new Error('uncertainty run cancelled'), { name: 'AbortError' });

/**
 * Monte Carlo (or full-grid) uncertainty analysis of the index rank: per unit the nominal rank and the mean, median,
 * 5th and 95th percentile rank over the draws; optionally how much ranks move when only one input varies.
 * A generator that yields after each chunk of draws, so the same code runs synchronously (Node, CLI) and
 * asynchronously (worker).
 */
export function* uncertaintyChunks(
  input: UncertaintyInput,
  options: UncertaintyOptions
): Generator<void, UncertaintyResult> {
  const run = prepareUncertainty(input);
  const nU = run.units.length;
  const chunk = options.chunk ?? 500;
  const ranks = new Uint16Array(run.total * nU);
  for (let from = 0; from < run.total; from += chunk) {
    if (options.shouldStop?.()) throw abortError();
    const to = Math.min(run.total, from + chunk);
    run.runDraws(from, to, ranks.subarray(from * nU));
    options.onProgress?.(to, run.total);
    yield;
  }
  if (options.shouldStop?.()) throw abortError();
  const stats = rankStats(ranks, run.total, nU);
  const sensitivity = options.sensitivity && !input.grid ? rankSensitivity(run, Math.min(run.total, 1000)) : [];
  return { units: run.units, draws: run.total, nominal: run.nominalRank, ...stats, sensitivity };
}
