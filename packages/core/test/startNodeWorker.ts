import { Worker } from 'node:worker_threads';
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { CoreApi } from '../src/worker/api.ts';

/** Starts test/nodeWorker.ts in a real worker thread (TypeScript through tsx's loader, see nodeWorker.mjs). */
export function startNodeWorker(): { remote: Remote<CoreApi>; terminate: () => Promise<number> } {
  const worker = new Worker(new URL('./nodeWorker.mjs', import.meta.url));
  return { remote: wrap<CoreApi>(nodeEndpoint(worker)), terminate: () => worker.terminate() };
}
