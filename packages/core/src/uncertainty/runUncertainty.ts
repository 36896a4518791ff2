import { prepareUncertainty, type UncertaintyInput } from './prepareUncertainty.ts';
import { rankStats } from './rankStats.ts';

export interface SensitivityRow {
  /** "weights", "treat.winmax", "normalise" or "aggregate". */
  input: string;
  /** Mean over units and draws of |rank − nominal rank| when only this input varies. */
  meanAbsShift: number;
  /** Largest |rank − nominal rank| seen. */
  maxAbsShift: number;
}

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
  /** Checked between chunks; when it returns true the run throws an AbortError. */
  shouldStop?: () => boolean;
  /** Also run one-input-at-a-time analyses (Monte Carlo mode only; min(draws, 1000) draws each). */
  sensitivity?: boolean;
  chunk?: number;
}

const abort = () => Object.assign(new Error('uncertainty run cancelled'), { name: 'AbortError' });

/**
 * Monte Carlo (or full-grid) uncertainty analysis of the index rank: per unit the nominal rank and the mean, median,
 * 5th and 95th percentile rank over the draws; optionally how much ranks move when only one input varies.
 * Synchronous, for Node and the CLI; the worker api drives `prepareUncertainty` in chunks instead.
 */
export function runUncertainty(input: UncertaintyInput, options: UncertaintyOptions = {}): UncertaintyResult {
  const run = prepareUncertainty(input);
  const nU = run.units.length;
  const chunk = options.chunk ?? 500;
  const ranks = new Float64Array(run.total * nU);
  for (let from = 0; from < run.total; from += chunk) {
    if (options.shouldStop?.()) throw abort();
    const to = Math.min(run.total, from + chunk);
    run.runDraws(from, to, ranks.subarray(from * nU));
    options.onProgress?.(to, run.total);
  }
  const stats = rankStats(ranks, run.total, nU);
  const sensitivity: SensitivityRow[] = [];
  if (options.sensitivity && !input.grid) {
    const n = Math.min(run.total, 1000);
    const buf = new Float64Array(n * nU);
    for (const name of run.inputs) {
      if (options.shouldStop?.()) throw abort();
      const only = { winmax: name === 'treat.winmax', normalise: name === 'normalise', aggregate: name === 'aggregate', weights: name === 'weights' };
      run.runDraws(0, n, buf, only);
      let sum = 0;
      let count = 0;
      let max = 0;
      for (let i = 0; i < buf.length; i++) {
        const shift = Math.abs(buf[i] - run.nominalRank[i % nU]);
        if (shift === shift) {
          sum += shift;
          count++;
          if (shift > max) max = shift;
        }
      }
      sensitivity.push({ input: name, meanAbsShift: count ? sum / count : NaN, maxAbsShift: max });
    }
  }
  return { units: run.units, draws: run.total, nominal: run.nominalRank, ...stats, sensitivity };
}
