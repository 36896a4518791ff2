import { Worker as NodeWorker } from 'node:worker_threads';

type Listener = (event: { data: unknown }) => void;

/**
 * Enough of the browser `Worker` for comlink, backed by a Node worker thread running test/browser-like-worker.mjs, so
 * `createCoreClient()` and the real `src/worker/worker.ts` entry can be tested under vitest in Node.
 */
export class NodeBackedWorker {
  readonly #worker: NodeWorker;
  readonly #handlers = new Map<Listener, (data: unknown) => void>();

  constructor(url: URL | string) {
    this.#worker = new NodeWorker(new URL('./browser-like-worker.mjs', import.meta.url), {
      workerData: { entry: String(url) }
    });
  }

  postMessage(message: unknown, transfer: Transferable[] = []): void {
    this.#worker.postMessage(message, transfer as never);
  }

  addEventListener(type: string, listener: Listener): void {
    const handler = (data: unknown) => listener({ data });
    this.#handlers.set(listener, handler);
    this.#worker.on(type, handler);
  }

  removeEventListener(type: string, listener: Listener): void {
    const handler = this.#handlers.get(listener);
    if (handler) this.#worker.off(type, handler);
  }

  terminate(): void {
    void this.#worker.terminate();
  }
}
