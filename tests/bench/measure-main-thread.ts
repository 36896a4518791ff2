import type { Browser } from '@playwright/test';

/**
 * Long tasks (PerformanceObserver 'longtask') and cumulative layout shift while the whole page is scrolled top to
 * bottom, the way a reader on a laptop would. Tasks of the page load (parsing, hydration) are reported apart from
 * those while scrolling: the load is what Lighthouse's total blocking time scores.
 */
export async function measureScroll(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[][]; __cls: number; __shifted: Record<string, number> };
    w.__longTasks = [];
    w.__cls = 0;
    w.__shifted = {};
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        // Name what moved, so a breach says where to look.
        for (const { node } of e.sources) {
          const el = node instanceof Element ? node : node?.parentElement;
          const key = el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : 'unknown';
          w.__shifted[key] = (w.__shifted[key] ?? 0) + e.value;
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const scrollStart = await page.evaluate(() => performance.now());
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 400) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[][]; __cls: number; __shifted: Record<string, number> };
    return { longTasks: w.__longTasks, cls: w.__cls, shifted: w.__shifted };
  });
  await context.close();
  const shifted = Object.entries(result.shifted)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([el]) => el);
  const scrolling = result.longTasks.filter(([start]) => start >= scrollStart).map(([, d]) => d);
  const loading = result.longTasks.filter(([start]) => start < scrollStart).map(([, d]) => d);
  return {
    maxLongTaskMs: Math.max(0, ...scrolling),
    longTasks: scrolling.length,
    maxLoadTaskMs: Math.max(0, ...loading),
    loadTasks: loading.length,
    cls: result.cls,
    shifted
  };
}
