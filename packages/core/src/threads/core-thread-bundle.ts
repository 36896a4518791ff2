import { buildSync } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleIsFresh, type BundleManifest } from './bundle-is-fresh.ts';
import { statInputs } from './stat-inputs.ts';

const entry = fileURLToPath(new URL('./core-thread.ts', import.meta.url));
/** The package's build output (gitignored), written by `pnpm --filter @dtr/core build` and refreshed at run time. */
export const defaultBundleDir = fileURLToPath(new URL('../../dist', import.meta.url));

/**
 * The worker-thread body (core-thread.ts and everything it imports, comlink included) as one plain-JavaScript ES
 * module a Worker can start from, so a thread only parses JavaScript. `pnpm --filter @dtr/core build` writes it to
 * dist/core-thread.mjs with a manifest of every source it was built from (path, size, mtime); a run uses that file when
 * every source is unchanged and otherwise bundles with esbuild again and rewrites it (atomically, so concurrent runs
 * never read half a file), so it can never be stale. Bundling costs 60–75 ms; checking the manifest about 1 ms.
 * `built` says whether this call ran esbuild; `url` is a data: URL only when the directory cannot be written.
 */
export function loadCoreThreadBundle({ dir = defaultBundleDir }: { dir?: string } = {}): { url: URL; built: boolean } {
  const file = join(dir, 'core-thread.mjs');
  const manifestFile = join(dir, 'core-thread.inputs.json');
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BundleManifest;
    if (bundleIsFresh({ manifest, root: dir })) return { url: pathToFileURL(file), built: false };
  } catch {
    // No bundle yet, or an unreadable manifest: build one.
  }
  const { outputFiles, metafile } = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent'
  });
  const code = outputFiles[0].contents;
  // esbuild names inputs relative to the working directory; the manifest names them relative to `dir`.
  const inputs = Object.keys(metafile.inputs).map((p) => relative(dir, resolve(p)));
  try {
    mkdirSync(dir, { recursive: true });
    // Unique temporary names (processes and threads may build at once), renamed into place.
    const tag = `${process.pid}.${randomUUID()}.tmp`;
    writeFileSync(`${file}.${tag}`, code);
    renameSync(`${file}.${tag}`, file);
    const manifest: BundleManifest = { inputs: statInputs({ root: dir, paths: inputs }) };
    writeFileSync(`${manifestFile}.${tag}`, JSON.stringify(manifest));
    renameSync(`${manifestFile}.${tag}`, manifestFile);
    return { url: pathToFileURL(file), built: true };
  } catch {
    return { url: new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`), built: true };
  }
}

let cached: URL | undefined;

/** `loadCoreThreadBundle()` once per process: the URL every `startCoreThread` starts from. */
export function coreThreadBundle(): URL {
  cached ??= loadCoreThreadBundle().url;
  return cached;
}
