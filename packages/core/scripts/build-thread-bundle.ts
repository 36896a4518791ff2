import { loadCoreThreadBundle } from '../src/threads/core-thread-bundle.ts';

// `pnpm --filter @dtr/core build`: writes dist/core-thread.mjs (the worker-thread body as one JavaScript module) so the
// first CLI run with threads does not pay for esbuild; a run rebuilds it anyway when a source changed since.
const { url, built } = loadCoreThreadBundle();
console.log(`${built ? 'built' : 'up to date'}: ${url.pathname}`);
