import type { CoinData } from '../index/coin-data.ts';
import type { IndexResult } from '../index/run-index.ts';
import type { IndexSensitivityInput } from '../sensitivity/index-sensitivity-chunks.ts';
import { runSensitivityParallel } from '../sensitivity/run-sensitivity-parallel.ts';
import type { IndexSensitivityResult } from '../sensitivity/summarise-sensitivity.ts';
import type { SeriesStats, SeriesStatsInput } from '../series-stats.ts';
import type { UncertaintyInput } from '../uncertainty/prepare-uncertainty.ts';
import { runUncertaintyParallel } from '../uncertainty/run-uncertainty-parallel.ts';
import type { UncertaintyResult } from '../uncertainty/uncertainty-chunks.ts';
import type { CoreApi } from '../worker/api.ts';
import { createCoreClient, type CoreClient } from './create-core-client.ts';

export type EngineMode = 'workers' | 'main-thread';

/**
 * The page's one way to run core: a pool of workers, or — when a worker cannot start or dies — the same api on the
 * main thread, for good. A call in flight when the workers fail is run again on the main thread, so callers never
 * see the failure, only `mode` changing.
 */
export interface Engine {
  readonly mode: EngineMode;
  /** Workers in the pool (0 on the main thread). */
  readonly size: number;
  seriesStats(input: SeriesStatsInput): Promise<SeriesStats>;
  runIndex(input: { data: CoinData; spec?: unknown }): Promise<IndexResult>;
  /**
   * Monte Carlo or grid uncertainty, its draws split over every worker (identical numbers to one thread). A newer
   * call or `cancel()` makes a running one reject with an AbortError. `chunk` is the draws per step on the main
   * thread, between which the page stays responsive (a worker takes its whole block at once).
   */
  runUncertainty(
    input: UncertaintyInput & { chunk?: number },
    onProgress?: (done: number, total: number) => void
  ): Promise<UncertaintyResult>;
  /**
   * Variance-based sensitivity of the ranking, its sample rows split over every worker (identical numbers to one
   * thread); `onProgress(runs done, total runs)` as chunks of `chunk` rows finish. A newer sensitivity call or
   * `cancel()` stops the workers and makes a running one reject with an AbortError.
   */
  runSensitivity(
    input: IndexSensitivityInput & { chunk?: number },
    onProgress?: (done: number, total: number) => void
  ): Promise<IndexSensitivityResult>;
  /** Stops any running uncertainty or sensitivity analysis; `only` stops just one kind. */
  cancel(options?: { only?: 'uncertainty' | 'sensitivity' }): void;
  terminate(): void;
}

type MainThreadApi = Pick<CoreApi, 'seriesStats' | 'runIndex' | 'runUncertainty' | 'sensitivity' | 'cancel'>;

const abortError = (what: string) => Object.assign(new Error(`${what} run cancelled`), { name: 'AbortError' });

/**
 * Starts `size` workers (default `navigator.hardwareConcurrency`, at most 8). Browser only: call it from onMount or an
 * effect. `start` and `mainThread` are for tests (a real worker per call, the api module loaded on demand).
 */
export function createEngine({
  size = Math.min(8, Math.max(1, globalThis.navigator?.hardwareConcurrency ?? 1)),
  start = createCoreClient,
  mainThread = () => import('../worker/api.ts').then((m) => m.api),
  onModeChange
}: {
  size?: number;
  start?: () => CoreClient;
  mainThread?: () => Promise<MainThreadApi>;
  onModeChange?: (mode: EngineMode) => void;
} = {}): Engine {
  let clients: CoreClient[] = [];
  let generation = 0;
  // Counted apart from uncertainty runs, so the explorer can run both at once.
  let sensitivityGeneration = 0;
  let mode: EngineMode = 'workers';
  let fallback: Promise<MainThreadApi> | null = null;
  const toMainThread = (): Promise<MainThreadApi> => {
    if (!fallback) {
      for (const c of clients) c.terminate();
      clients = [];
      mode = 'main-thread';
      fallback = mainThread();
      onModeChange?.(mode);
    }
    return fallback;
  };
  try {
    for (let i = 0; i < size; i++) clients.push(start());
  } catch {
    void toMainThread();
  }
  // Set before any call races against `failed`, so a call's catch already sees it.
  let dead = false;
  const failed = Promise.race(clients.map((c) => c.failed));
  failed.catch(() => (dead = true));

  /** Runs `onWorkers` unless the pool failed (before or during the call); then `onMain` on the main thread. */
  async function run<T>(onWorkers: (pool: CoreClient[]) => Promise<T>, onMain: (api: MainThreadApi) => Promise<T>) {
    if (mode === 'workers') {
      try {
        return await Promise.race([onWorkers(clients), failed]);
      } catch (e) {
        // A worker failure moves everything to the main thread; an error of the computation itself is the caller's.
        if (!dead) throw e;
      }
    }
    return onMain(await toMainThread());
  }

  return {
    get mode() {
      return mode;
    },
    get size() {
      return clients.length;
    },
    seriesStats: (input) =>
      run(
        (pool) => pool[0].seriesStats(input),
        async (api) => api.seriesStats(input)
      ),
    runIndex: (input) =>
      run(
        (pool) => pool[0].runIndex(input),
        async (api) => api.runIndex(input)
      ),
    async runUncertainty(input, onProgress) {
      const mine = ++generation;
      const out = await run(
        (pool) => {
          const { chunk: _chunk, ...draws } = input;
          return runUncertaintyParallel(pool, draws, (done, total) => mine === generation && onProgress?.(done, total));
        },
        (api) => api.runUncertainty(input, onProgress)
      );
      if (mine !== generation) throw abortError('uncertainty');
      return out;
    },
    async runSensitivity(input, onProgress) {
      const mine = ++sensitivityGeneration;
      const out = await run(
        (pool) =>
          runSensitivityParallel(
            pool,
            input,
            (done, total) => mine === sensitivityGeneration && onProgress?.(done, total)
          ),
        (api) => api.sensitivity(input, (done, total) => mine === sensitivityGeneration && onProgress?.(done, total))
      );
      if (mine !== sensitivityGeneration) throw abortError('sensitivity');
      return out;
    },
    cancel({ only } = {}) {
      if (only !== 'sensitivity') generation++;
      if (only !== 'uncertainty') sensitivityGeneration++;
      // Workers stop at their next chunk (a pooled uncertainty block is not chunked and simply finishes unseen).
      for (const c of clients) void c.cancel({ only }).catch(() => {});
      if (fallback) void fallback.then((api) => api.cancel({ only }));
    },
    terminate() {
      generation++;
      sensitivityGeneration++;
      for (const c of clients) c.terminate();
      clients = [];
    }
  };
}
