import { buildSync } from 'esbuild';
import { Worker } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
const t0 = performance.now();
const { outputFiles } = buildSync({ entryPoints: ['/work/wt/s5f/packages/core/src/threads/core-thread.ts'], bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false, logLevel: 'silent' });
const t1 = performance.now();
const code = outputFiles[0].text;
writeFileSync('/tmp/s5f/bundle.mjs', code);
console.log(`esbuild ${(t1 - t0).toFixed(1)} ms, bundle ${code.length} bytes`);
const url = new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
for (const src of [url, new URL('file:///tmp/s5f/bundle.mjs')]) for (let n of [1, 2]) {
  const s = performance.now();
  const ws = Array.from({ length: n }, () => new Worker(src));
  await Promise.all(ws.map((w) => new Promise((r) => w.once('online', r))));
  const online = performance.now() - s;
  await Promise.all(ws.map((w) => w.terminate()));
  console.log(`${src.protocol} ${n} worker(s): online ${online.toFixed(1)} ms`);
}
