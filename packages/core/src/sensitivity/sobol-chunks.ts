import { evaluateSobolRows } from './evaluate-sobol-rows.ts';
import { sobolIndices, type SobolIndex } from './sobol-indices.ts';

export interface SobolOptions {
  /** Called after each chunk with model runs done and total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; when it returns true the analysis stops with an AbortError. */
  shouldStop?: () => boolean;
  /** Sample rows per chunk (default 256; each row is g + 2 runs). */
  chunk?: number;
}

export interface SobolInput {
  model: (x: Float64Array) => number;
  /** Dimension of the model's input. */
  d: number;
  /** Columns of each uncertain input (default: each column its own input). */
  groups?: number[][];
  /** N, the rows of A and B; the model runs N · (g + 2) times. A power of two keeps the Sobol design balanced. */
  samples: number;
  seed: number;
  /** Bootstrap resamples for the confidence intervals (default 1000; 0 for none). */
  bootstrap?: number;
  /** Confidence level of the intervals (default 0.95). */
  level?: number;
}

export interface SobolResult {
  runs: number;
  indices: SobolIndex[];
}

const abortError = () => Object.assign(new Error('sensitivity run cancelled'), { name: 'AbortError' });

/**
 * Variance-based (Sobol) sensitivity of a model on [0, 1)^d: Saltelli's design evaluated a chunk of rows at a time,
 * yielding between chunks so the same code runs synchronously and in a cancellable worker; then first-order
 * (Saltelli 2010) and total-order (Jansen 1999) indices with bootstrap intervals.
 * @see Saltelli, A. et al. (2010) Comput. Phys. Commun. 181, 259–270.
 */
export function* sobolChunks(input: SobolInput, options: SobolOptions = {}): Generator<void, SobolResult> {
  const { model, d, samples: n, seed } = input;
  const groups = input.groups ?? Array.from({ length: d }, (_, i) => [i]);
  const m = groups.length + 2;
  const y = new Float64Array(n * m);
  const chunk = options.chunk ?? 256;
  for (let from = 0; from < n; from += chunk) {
    if (options.shouldStop?.()) throw abortError();
    const to = Math.min(n, from + chunk);
    evaluateSobolRows({ model, d, groups, seed, from, to, out: y.subarray(from * m, to * m) });
    options.onProgress?.(to * m, n * m);
    yield;
  }
  if (options.shouldStop?.()) throw abortError();
  const indices = sobolIndices({ y, n, g: groups.length, bootstrap: input.bootstrap, seed, level: input.level });
  return { runs: n * m, indices };
}
