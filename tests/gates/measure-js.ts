import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/**
 * JavaScript a page loads before the reader can interact: every script fetched until the load event and network idle,
 * gzipped here (the preview server does not compress). Worker scripts start after hydration and are reported apart.
 */
export async function measureJs(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Map<string, Promise<number>>();
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script')
      scripts.set(
        response.url(),
        response.body().then((b) => gzipSync(b, { level: 9 }).length)
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes = await Promise.all([...scripts.entries()].map(async ([u, s]) => [u, await s] as const));
  await context.close();
  const main = sizes.filter(([u]) => !workers.includes(u));
  return {
    jsGzip: main.reduce((sum, [, s]) => sum + s, 0),
    files: main.length,
    workerGzip: sizes.filter(([u]) => workers.includes(u)).reduce((sum, [, s]) => sum + s, 0)
  };
}
