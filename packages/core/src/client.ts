import { wrap, type Remote } from 'comlink';
import type { CoreApi } from './worker/api.ts';

export type CoreClient = Remote<CoreApi> & { terminate(): void };

/**
 * Starts the core worker and returns its typed remote plus `terminate()`.
 * Browser only: call it from onMount or an effect, never during prerender (Node has no `Worker`).
 */
export function createCoreClient(): CoreClient {
  const worker = new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<CoreApi>(worker);
  const terminate = () => worker.terminate();
  // A wrapping Proxy, because assigning a property to comlink's remote would send a SET message to the worker.
  return new Proxy(remote, {
    get: (target, prop, receiver) => (prop === 'terminate' ? terminate : Reflect.get(target, prop, receiver))
  }) as CoreClient;
}
