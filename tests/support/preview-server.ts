import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const appDir = resolve(import.meta.dirname, '../../apps/report');

/** The production build's folder: apps/report/build, or build-$DTR_OUT when a script built elsewhere. */
export function buildDir(): string {
  const dir = resolve(appDir, process.env.DTR_OUT ? `build-${process.env.DTR_OUT}` : 'build');
  if (!existsSync(dir))
    throw new Error(`No build at ${dir}: build the report first (pnpm --filter @dtr/report build).`);
  return dir;
}

/** Serves the production build with `vite preview` on `port` and resolves once it answers. */
export async function startPreview(port: number): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://localhost:${port}`;
  const server: ChildProcess = spawn('pnpm', ['exec', 'vite', 'preview', '--port', String(port), '--strictPort'], {
    cwd: appDir,
    stdio: 'ignore',
    env: process.env
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop: () => server.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`preview server did not start on ${origin}`);
}
