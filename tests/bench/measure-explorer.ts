import type { Browser } from '@playwright/test';

/**
 * Long tasks on the explorer's main thread from a weight change until its uncertainty analysis has finished (the
 * worker does the work; the page should stay responsive), and how long that whole recomputation took.
 */
export async function measureExplorer(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[][] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  const explorer = page.locator('.explorer');
  const settled = async () => {
    await explorer.and(page.locator('[data-ready=true]')).waitFor({ timeout: 20_000 });
    await explorer.and(page.locator('[data-busy=false]')).waitFor({ timeout: 30_000 });
    await page.locator('#unc-progress').waitFor({ state: 'detached', timeout: 30_000 });
  };
  await page.goto(`${origin}/explorer/`);
  await settled();
  await page.waitForTimeout(300);
  const t0 = await page.evaluate(() => performance.now());
  await page.locator('#w-DataInfra').fill('3');
  await page.locator('#w-DataInfra').press('Enter');
  await page.waitForURL(/DataInfra:3/);
  await settled();
  const t1 = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(
    ([from, to]) =>
      (window as unknown as { __longTasks: number[][] }).__longTasks
        .filter(([start]) => start >= from && start <= to)
        .map(([, d]) => d),
    [t0, t1]
  );
  await context.close();
  return { recomputeMs: t1 - t0, longTasks: tasks.length, maxLongTaskMs: Math.max(0, ...tasks) };
}
