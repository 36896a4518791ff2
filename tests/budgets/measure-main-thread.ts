import type { Browser } from '@playwright/test';

/**
 * Long tasks (PerformanceObserver 'longtask') and cumulative layout shift while the whole page is scrolled top to
 * bottom, the way a reader on a laptop would.
 */
export async function measureScroll(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[]; __cls: number };
    w.__longTasks = [];
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 400) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __cls: number };
    return { longTasks: w.__longTasks, cls: w.__cls };
  });
  await context.close();
  return { maxLongTaskMs: Math.max(0, ...result.longTasks), longTasks: result.longTasks.length, cls: result.cls };
}
