import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';

const host = (src: string) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<main><h1>A newspaper page</h1>
<iframe id="chart" src="${src}" title="Embedded chart" style="width:0;min-width:100%;border:0" height="150"></iframe>
<script src="/embed.js"></script></main></body></html>`;

for (const path of ['/embed/2026/dds-china/', '/zh/embed/2026/dds-china/']) {
  test.describe(`embed ${path}`, () => {
    test('resizes its iframe in a host page to fit the chart', async ({ page, baseURL }) => {
      await page.route(`${baseURL}/__host.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: host(path) })
      );
      await page.goto('/__host.html');
      const frame = page.frameLocator('#chart');
      await expect(frame.locator('svg').first()).toBeVisible();
      const iframe = page.locator('#chart');
      await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(300);
      const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      const outer = (await iframe.boundingBox())!.height;
      expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
    });

    test('ignores resize messages that do not come from its iframe', async ({ page, baseURL }) => {
      await page.route(`${baseURL}/__host.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: host(path) })
      );
      await page.goto('/__host.html');
      await expect.poll(async () => (await page.locator('#chart').boundingBox())?.height ?? 0).toBeGreaterThan(300);
      const before = (await page.locator('#chart').boundingBox())!.height;
      await page.evaluate(() => window.postMessage({ type: 'dtr:resize', id: 'dds-china', height: 5 }, '*'));
      await page.waitForTimeout(100);
      expect((await page.locator('#chart').boundingBox())!.height).toBe(before);
    });

    test('renders alone, cleanly, with no axe violations', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto(path);
      await expect(page.locator('svg').first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });
  });
}

test.describe('embed without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('still shows the prerendered chart', async ({ page }) => {
    await page.goto('/embed/2026/dds-china/');
    await expect(page.locator('svg').first()).toBeVisible();
  });
});

test.describe('embed in a sandboxed iframe', () => {
  const sandboxed = (sandbox: string) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<main><h1>A sandboxing host</h1>
<iframe id="chart" src="/embed/2026/dds-china/" title="Embedded chart" sandbox="${sandbox}"
  style="width:0;min-width:100%;border:0" height="150"></iframe>
<script src="/embed.js"></script></main></body></html>`;

  test('with scripts allowed it still resizes to fit', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/__host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: sandboxed('allow-scripts allow-same-origin allow-downloads') })
    );
    await page.goto('/__host.html');
    await expect(page.frameLocator('#chart').locator('svg').first()).toBeVisible();
    await expect.poll(async () => (await page.locator('#chart').boundingBox())?.height ?? 0).toBeGreaterThan(300);
  });

  test('with everything locked down the prerendered chart is still there', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/__host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: sandboxed('') })
    );
    await page.goto('/__host.html');
    const frame = page.frameLocator('#chart');
    await expect(frame.locator('svg').first()).toBeAttached();
    expect(await frame.locator('svg path').count()).toBeGreaterThan(2);
  });
});
