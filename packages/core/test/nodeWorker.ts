import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { api } from '../src/worker/api.ts';

// The same api as src/worker/worker.ts, exposed over node:worker_threads so vitest (Node) can test a real worker.
if (!parentPort) throw new Error('nodeWorker.ts must run inside a worker thread');
expose(api, nodeEndpoint(parentPort));
