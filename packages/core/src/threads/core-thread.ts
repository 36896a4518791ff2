import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { api } from '../worker/api.ts';

// The same api as src/worker/worker.ts, exposed over node:worker_threads: the CLI's threads, and a real worker in tests.
if (!parentPort) throw new Error('core-thread.ts must run inside a worker thread');
expose(api, nodeEndpoint(parentPort));
