import type { Page } from '@playwright/test';

/**
 * Records console errors, uncaught page errors and any request that leaves the origin, so a test can assert
 * that the page was clean and self-contained.
 */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return { errors, foreign };
}
