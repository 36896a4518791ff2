import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundled: URL | undefined;

/**
 * The worker-thread body (core-thread.ts and everything it imports, comlink included) bundled once per process into one
 * plain-JavaScript ES module, as a data: URL a Worker can start from. Before, each thread registered tsx and
 * transpiled the whole api itself, which cost more than a run of 30,000 draws per thread; now a thread only parses
 * JavaScript. The bundle is built from the sources at first use, so it can never be stale.
 */
export function coreThreadBundle(): URL {
  if (bundled) return bundled;
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(new URL('./core-thread.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent'
  });
  bundled = new URL(`data:text/javascript;base64,${Buffer.from(outputFiles[0].contents).toString('base64')}`);
  return bundled;
}
