import { expect, test } from '@playwright/test';

// A chart a step swaps in is created in the browser (ChartSlot): it draws once at its measured width (setMeasureFirst)
// and its data table fills in idle slices (DataTable `later`); the reader ends up with what the server would write.
for (const [locale, path] of [
  ['en', '/'],
  ['zh', '/zh/']
] as const) {
  for (const width of [390, 1366]) {
    test(`a chart swapped in by a step (${locale}, ${width} px) draws one layout and fills its whole data table`, async ({
      page
    }) => {
      // The embed of the same chart is written by the server: its table holds every row of the chart's data.
      await page.goto(`${path}embed/2026/data-cable-map/`);
      const serverRows = await page.locator('table tbody tr').count();
      expect(serverRows).toBeGreaterThan(500);

      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const step = page.locator('[data-step-chart="data-cable-map"]');
      await step.scrollIntoViewIfNeeded();
      // Counts the drawings (svg elements) a chart of the story's graphics throws away: one made at each prerendered
      // width before the measured one would be removed from the chart's container in the same task.
      await page.evaluate(() => {
        const w = window as unknown as { __discarded: number };
        w.__discarded = 0;
        new MutationObserver((records) => {
          for (const r of records) {
            if (!(r.target instanceof Element) || !r.target.closest('.graphic .dtr-chart')) continue;
            for (const n of r.removedNodes)
              if (n instanceof Element) w.__discarded += (n.matches('svg') ? 1 : 0) + n.querySelectorAll('svg').length;
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      await step.focus();
      const view = page.locator('.graphic .chart-view[data-chart="data-cable-map"]');
      await expect(view).toHaveCount(1);
      // One drawing at the container's width, not first one at each prerendered width (desktop and two phones).
      await expect(view.locator('.dtr-chart svg')).toHaveCount(1);
      expect(await page.evaluate(() => (window as unknown as { __discarded: number }).__discarded)).toBe(0);
      await expect(view.locator('.dtr-layout')).toHaveCount(0);
      await expect(view.locator('.route-points path')).not.toHaveCount(0);
      // The table fills while the disclosure is closed, without the reader opening it.
      await expect(view.locator('details')).not.toHaveAttribute('open');
      await expect(view.locator('table tbody tr')).toHaveCount(serverRows);
    });
  }
}

test('opening the disclosure of a swapped-in chart shows every row at once', async ({ page }) => {
  await page.goto('/embed/2026/data-cable-map/');
  const serverRows = await page.locator('table tbody tr').count();
  await page.setViewportSize({ width: 1366, height: 900 });
  // No idle time: the page is kept busy, so only opening the disclosure can fill the table.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto('/');
  const step = page.locator('[data-step-chart="data-cable-map"]');
  await step.scrollIntoViewIfNeeded();
  await step.focus();
  const view = page.locator('.graphic .chart-view[data-chart="data-cable-map"]');
  await expect(view.locator('.dtr-chart svg')).toHaveCount(1);
  await expect(view.locator('table tbody tr')).toHaveCount(0);
  await view.locator('details > summary').click();
  await expect(view.locator('table tbody tr')).toHaveCount(serverRows);
});
