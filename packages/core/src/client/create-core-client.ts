import { wrap, type Remote } from 'comlink';
import type { CoreApi } from '../worker/api.ts';

export type CoreClient = Remote<CoreApi> & {
  terminate(): void;
  /**
   * Rejects when the worker cannot start or its script throws; never resolves. Race a call against it, because a
   * comlink call to a dead worker would otherwise wait forever. The page can then compute on the main thread.
   */
  failed: Promise<never>;
};

/**
 * Starts the core worker and returns its typed remote plus `terminate()` and `failed`.
 * Browser only: call it from onMount or an effect, never during prerender (Node has no `Worker`).
 */
export function createCoreClient(): CoreClient {
  const worker = new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener(
      'error',
      (event) => reject(new Error(`core worker failed: ${event.message || 'script error'}`)),
      {
        once: true
      }
    );
  });
  // Callers that never race against `failed` must not see an unhandled rejection.
  failed.catch(() => {});
  const remote = wrap<CoreApi>(worker);
  const terminate = () => worker.terminate();
  const extra: Record<PropertyKey, unknown> = { terminate, failed };
  // A wrapping Proxy, because assigning a property to comlink's remote would send a SET message to the worker.
  return new Proxy(remote, {
    get: (target, prop, receiver) => (prop in extra ? extra[prop] : Reflect.get(target, prop, receiver))
  }) as CoreClient;
}
