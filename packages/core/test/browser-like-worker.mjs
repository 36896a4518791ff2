// Runs a browser-style module worker (one that calls comlink's `expose(api)` on its global scope) inside a Node
// worker thread: registers tsx for TypeScript, gives the global scope the postMessage / addEventListener pair a
// DedicatedWorkerGlobalScope has, then imports the entry named in workerData.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const handlers = new Map();
globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);
globalThis.addEventListener = (type, listener) => {
  if (type !== 'message') return;
  const handler = (data) => listener({ data });
  handlers.set(listener, handler);
  parentPort.on('message', handler);
};
globalThis.removeEventListener = (type, listener) => {
  const handler = handlers.get(listener);
  if (handler) parentPort.off('message', handler);
};
await import(workerData.entry);
