import { transfer } from 'comlink';
import { runAudit, type AuditResult } from '../audit/run-audit.ts';
import { runIndex } from '../index/run-index.ts';
import type { CoinData } from '../index/coin-data.ts';
import type { IndexResult } from '../index/run-index.ts';
import { seriesStats, type SeriesStats, type SeriesStatsInput } from '../series-stats.ts';
import { prepareUncertainty, type UncertaintyInput } from '../uncertainty/prepare-uncertainty.ts';
import type { UncertaintySlab } from '../uncertainty/run-uncertainty-parallel.ts';
import { drawSharedChunks } from '../uncertainty/draw-shared-chunks.ts';
import { runUncertaintyAsync } from '../uncertainty/run-uncertainty-async.ts';
import type { UncertaintyResult } from '../uncertainty/uncertainty-chunks.ts';
import type { IndexSensitivityInput } from '../sensitivity/index-sensitivity-chunks.ts';
import type { IndexModelInput } from '../sensitivity/prepare-index-model.ts';
import { sensitivityRowChunks, type SensitivitySlab } from '../sensitivity/sensitivity-row-chunks.ts';
import { runIndexSensitivityAsync } from '../sensitivity/run-index-sensitivity-async.ts';
import { summariseSensitivity, type IndexSensitivityResult } from '../sensitivity/summarise-sensitivity.ts';

// Each uncertainty request takes the next generation; a running one stops at its next chunk once superseded.
let generation = 0;
// The same for sensitivity requests, counted apart so an uncertainty run and a sensitivity run can share a worker.
let sensitivityGeneration = 0;

// A macrotask between chunks lets newer messages (a newer request, cancel) reach the worker.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Everything the page may ask of the worker: one object in, one object out; typed arrays in results are
 * transferred, not copied. Progress callbacks must be wrapped with comlink's `proxy()` on the page side.
 */
export const api = {
  seriesStats(input: SeriesStatsInput): SeriesStats {
    const out = seriesStats(input);
    return transfer(out, [out.shareOfWorld.buffer, out.balance.buffer, out.yoyExports.buffer]);
  },

  runIndex(input: { data: CoinData; spec?: unknown }): IndexResult {
    const out = runIndex(input);
    return transfer(out, [out.scores.buffer, out.index.buffer, out.rank.buffer]);
  },

  /**
   * Uncertainty analysis in chunks: `onProgress(done, total)` after each chunk; a newer call (or `cancel()`)
   * makes this one reject with an AbortError.
   */
  async runUncertainty(
    input: UncertaintyInput & { sensitivity?: boolean; chunk?: number },
    onProgress?: (done: number, total: number) => void
  ): Promise<UncertaintyResult> {
    const mine = ++generation;
    const out = await runUncertaintyAsync(input, {
      // Through comlink the callback returns a promise; a page that went away must not cause an unhandled rejection.
      onProgress: onProgress
        ? (done, total) => void Promise.resolve(onProgress(done, total)).catch(() => {})
        : undefined,
      shouldStop: () => mine !== generation,
      pause,
      sensitivity: input.sensitivity,
      chunk: input.chunk
    });
    return transfer(out, [out.nominal.buffer, out.mean.buffer, out.median.buffer, out.q05.buffer, out.q95.buffer]);
  },

  /**
   * Draws [from, to) of an uncertainty analysis, for spreading one analysis over several workers: draw d uses random
   * stream d of the seed, so the slabs concatenate to exactly the single-worker ranks (see runUncertaintyParallel).
   */
  uncertaintyDraws(input: UncertaintyInput & { from: number; to: number }): UncertaintySlab {
    const run = prepareUncertainty(input);
    const from = Math.max(0, Math.min(input.from, run.total));
    const to = Math.max(from, Math.min(input.to, run.total));
    const ranks = new Uint16Array((to - from) * run.units.length);
    run.runDraws(from, to, ranks);
    return transfer({ units: run.units, total: run.total, from, to, nominal: run.nominalRank, ranks }, [
      ranks.buffer,
      run.nominalRank.buffer
    ]);
  },

  /**
   * This thread's share of an analysis whose draws are claimed in chunks from shared memory (Node worker threads; see
   * runUncertaintyShared): ranks are written into `ranks`, claims counted in `claims`. Returns the draws it computed.
   */
  uncertaintyShared(
    input: UncertaintyInput & { ranks: SharedArrayBuffer; claims: SharedArrayBuffer; slot: number; chunk: number }
  ): number {
    return drawSharedChunks({
      run: prepareUncertainty(input),
      ranks: new Uint16Array(input.ranks),
      claims: new Int32Array(input.claims),
      slot: input.slot,
      chunk: input.chunk
    });
  },

  /** Statistical audit of the index the spec produces: Cronbach's α, PCA, Pearson and Spearman (see runAudit). */
  audit(input: { data: CoinData; spec?: unknown; specName?: string }): AuditResult {
    return runAudit(input);
  },

  /**
   * Variance-based sensitivity of the ranking in chunks of sample rows: `onProgress(runs done, total runs)` after each
   * chunk; a newer call (or `cancel()`) makes this one reject with an AbortError.
   */
  async sensitivity(
    input: IndexSensitivityInput & { chunk?: number },
    onProgress?: (done: number, total: number) => void
  ): Promise<IndexSensitivityResult> {
    const mine = ++sensitivityGeneration;
    return runIndexSensitivityAsync(input, {
      onProgress: onProgress
        ? (done, total) => void Promise.resolve(onProgress(done, total)).catch(() => {})
        : undefined,
      shouldStop: () => mine !== sensitivityGeneration,
      pause,
      chunk: input.chunk
    });
  },

  /**
   * Sample rows [from, to) of a sensitivity analysis in chunks, for spreading it over several workers (see
   * runSensitivityParallel): `onProgress(runs done, runs of this slab)` after each chunk; a newer sensitivity call
   * (or `cancel()`) makes this one reject with an AbortError. Concatenate the slabs' `y` in row order and pass them
   * to `summariseSensitivity`.
   */
  async sensitivityRows(
    input: IndexModelInput & { samples: number; seed: number; from: number; to: number; chunk?: number },
    onProgress?: (done: number, total: number) => void
  ): Promise<SensitivitySlab> {
    const mine = ++sensitivityGeneration;
    const it = sensitivityRowChunks(input, {
      onProgress: onProgress
        ? (done, total) => void Promise.resolve(onProgress(done, total)).catch(() => {})
        : undefined,
      shouldStop: () => mine !== sensitivityGeneration,
      chunk: input.chunk
    });
    for (;;) {
      const step = it.next();
      if (step.done) return transfer(step.value, [step.value.y.buffer]);
      await pause();
    }
  },

  /** Sobol indices and bootstrap intervals from the concatenated slabs (see summariseSensitivity). */
  summariseSensitivity(input: Parameters<typeof summariseSensitivity>[0]): IndexSensitivityResult {
    return summariseSensitivity(input);
  },

  /**
   * Stops any running uncertainty or sensitivity analysis at its next chunk; `only` stops just one kind, so a page can
   * cancel its sensitivity analysis without stopping the rank intervals it is drawing at the same time.
   */
  cancel({ only }: { only?: 'uncertainty' | 'sensitivity' } = {}): void {
    if (only !== 'sensitivity') generation++;
    if (only !== 'uncertainty') sensitivityGeneration++;
  }
};

export type CoreApi = typeof api;
