import { Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { CoreApi } from '../worker/api.ts';
import { coreThreadBundle } from './core-thread-bundle.ts';

export interface CoreThread {
  remote: Remote<CoreApi>;
  terminate(): Promise<number>;
}

/**
 * Starts the core api in a Node worker thread (core-thread.ts, bundled to JavaScript once per process by
 * core-thread-bundle.ts): the CLI's equivalent of one browser worker, so `runUncertaintyParallel` spreads a run over
 * threads the same way. The thread starts without the parent's Node options (`execArgv: []`): the bundle is plain
 * JavaScript, and inheriting `--import tsx` made every thread load tsx first (100–150 ms to start instead of 35–45 ms).
 */
export function startCoreThread(): CoreThread {
  const worker = new Worker(coreThreadBundle(), { execArgv: [] });
  return { remote: wrap<CoreApi>(nodeEndpoint(worker)), terminate: () => worker.terminate() };
}
