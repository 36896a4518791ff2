import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './support/guards';

// China's digitally deliverable services exports, US$ millions (UNCTAD_DE.csv).
const cagr2015to2023 = (216265 / 91104) ** (1 / 8) - 1;

test.describe('when the worker cannot start', () => {
  test('the calculator computes on the main thread, says so, and still answers', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL!);
    await page.route('**/workers/**', (route) => route.abort());
    await page.goto('/');
    const calc = page.locator('.calculator');
    await calc.scrollIntoViewIfNeeded();
    await expect(calc).toHaveAttribute('data-computed-by', 'main-thread');
    await expect(calc.locator('.note')).toContainText('main thread');
    await calc.locator('select').first().selectOption('2015');
    await expect
      .poll(async () => Number(await page.getByTestId('cagr-exports').getAttribute('data-value')))
      .toBeCloseTo(cagr2015to2023, 12);
    // The blocked worker is the only failure: no uncaught errors beyond the aborted request itself.
    expect(watch.errors.filter((e) => !/workers|Failed to load|net::ERR_FAILED/.test(e))).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('controls that cannot work are not shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.calculator select')).toHaveCount(0);
    await expect(page.locator('.calculator [data-testid="cagr-exports"]')).not.toBeEmpty();
    await expect(page.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
  });
});

test('reading sets no cookies and sends nothing to other origins', async ({ page, context, baseURL }) => {
  const watch = watchPage(page, baseURL!);
  for (const path of ['/', '/zh/', '/embed/2026/dds-china/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(await context.cookies()).toEqual([]);
  expect(watch.foreign).toEqual([]);
});

test('pages carry a Content-Security-Policy that allows only this origin and hashed inline scripts', async ({
  page
}) => {
  // The story boots SvelteKit with one inline script, allowed by its hash; a chart embed has no inline script at all
  // (only /embed-frame.js from this origin).
  for (const [path, inline] of [
    ['/', true],
    ['/embed/2026/dds-china/', false]
  ] as const) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    if (inline) expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    else {
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(await page.locator('script:not([src])').count()).toBe(0);
    }
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  }
});

test('an inline script injected into the page is blocked by the policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});

test.describe('when the explorer’s worker cannot start', () => {
  test('it recomputes on the main thread, says so, and reaches the same ranking as the worker', async ({ page }) => {
    const rows = () =>
      page
        .locator('[data-testid=full-ranking] tbody tr')
        .evaluateAll((trs) => trs.slice(0, 25).map((r) => r.textContent?.trim() ?? ''));
    const reweight = async () => {
      await page.locator('#w-Goods').fill('5');
      await page.locator('#w-Goods').press('Enter');
      await expect(page).toHaveURL(/\?w=Goods:5$/);
      await page.locator('details.full').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await expect(page.locator('.explorer')).toHaveAttribute('data-busy', 'false', { timeout: 60_000 });
    };
    // The worker's answer first, as the reference.
    await page.goto('/explorer/');
    await expect(page.locator('.explorer')).toHaveAttribute('data-ready', 'true');
    await reweight();
    const byWorker = await rows();

    await page.route('**/workers/**', (route) => route.abort());
    await page.goto('/explorer/');
    await expect(page.locator('.explorer')).toHaveAttribute('data-ready', 'true');
    await reweight();
    await expect(page.getByTestId('main-thread')).toBeVisible();
    expect(await rows()).toEqual(byWorker);
  });
});

test('when a page’s data cannot load during navigation, the reader gets a clear message and a way back', async ({
  page
}) => {
  await page.goto('/');
  await page.locator('.calculator').scrollIntoViewIfNeeded();
  await expect(page.locator('.calculator')).toHaveAttribute('data-computed-by', /worker|main-thread/);
  await page.route('**/__data.json*', (route) => route.abort());
  await page.locator('header nav.pages').getByRole('link', { name: 'Sources', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be shown');
  await expect(page.getByRole('link', { name: 'Back to the report' })).toHaveAttribute('href', '/');
});

test.describe('when a chart’s data slice cannot load', () => {
  for (const [locale, path, message, retry] of [
    ['en', '/', 'could not be loaded', 'Try again'],
    ['zh', '/zh/', '未能加载', '重试']
  ] as const) {
    test(`the chart says so, keeps its prerendered picture, and the rest of the page works (${locale})`, async ({
      page
    }) => {
      let failing = true;
      await page.route('**/charts/2026/goods-*.json', (route) => (failing ? route.abort() : route.continue()));
      await page.goto(path);
      const goods = page.locator('#goods');
      const firstStep = goods.locator('[data-step]').first();
      // The first step shows the section's prerendered chart.
      await firstStep.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(goods.locator('.graphic')).toHaveAttribute(
        'data-active-step',
        (await firstStep.getAttribute('data-step'))!
      );
      const status = goods.locator('.graphic .slot-message');
      await expect(status).toContainText(message);
      // The published picture stays, and the other sections' charts still become interactive.
      await expect(goods.locator('.graphic [data-chart-slot] svg[role="img"]').filter({ visible: true })).toHaveCount(
        1
      );
      const services = page.locator('#services');
      await services
        .locator('[data-step]')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect(services.locator('.graphic .chart-view')).toHaveCount(1);
      await expect(services.locator('.graphic [data-chart-slot]')).toHaveCount(0);
      // The calculator still computes.
      await page.locator('.calculator').scrollIntoViewIfNeeded();
      await expect(page.locator('.calculator')).toHaveAttribute('data-computed-by', /worker|main-thread/);
      // Once the data can be fetched again, the reader's retry makes the chart interactive.
      failing = false;
      await firstStep.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await status.getByRole('button', { name: retry }).click();
      await expect(goods.locator('.graphic [data-chart-slot]')).toHaveCount(0);
      await expect(goods.locator('.graphic .chart-view')).toHaveCount(1);
    });
  }
});

test.describe('when every chart slice fails, one scroll through the story keeps every prerendered picture', () => {
  const modes = {
    blocked: (page: Page) => page.route('**/charts/2026/*.json', (route) => route.abort('blockedbyclient')),
    malformed: (page: Page) =>
      page.route('**/charts/2026/*.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "dds-china", "kind": ' })
      ),
    offline: (page: Page) => page.route('**/charts/2026/*.json', (route) => route.abort('internetdisconnected'))
  } as const;
  for (const [mode, fail] of Object.entries(modes)) {
    test(`slices ${mode}: 8 of 8 sections still show a chart, with the message and a retry`, async ({ page }) => {
      await fail(page);
      await page.goto('/');
      await page.locator('.calculator').scrollIntoViewIfNeeded();
      await expect(page.locator('.calculator')).toHaveAttribute('data-computed-by', /worker|main-thread/);
      const sections = page.locator('section.story-section');
      expect(await sections.count()).toBe(8);
      const pictured = async () => {
        const result: string[] = [];
        for (const section of await sections.all()) {
          const id = (await section.getAttribute('id'))!;
          const graphic = section.locator('.graphic');
          await expect(graphic.locator('.slot-message')).toContainText('could not be loaded', { timeout: 20_000 });
          await expect(graphic.locator('.slot-message').getByRole('button', { name: 'Try again' })).toBeVisible();
          if ((await graphic.locator('[data-chart-slot] svg').count()) > 0) result.push(id);
        }
        return result;
      };
      const walk = async (order: 'down' | 'up') => {
        const all = await sections.all();
        for (const section of order === 'down' ? all : all.reverse()) {
          const steps = await section.locator('[data-step]').all();
          for (const step of order === 'down' ? steps : steps.reverse()) {
            await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
            await expect(section.locator('.graphic')).toHaveAttribute(
              'data-active-step',
              (await step.getAttribute('data-step'))!
            );
          }
        }
      };
      await walk('down');
      expect(await pictured()).toHaveLength(8);
      // Goods ends on a chart that was never prerendered: the section's picture stands in, and the message says so.
      await expect(page.locator('#goods .graphic .slot-message')).toContainText('shown in its place');
      // Back up the story: each section's first step shows its own published picture again.
      await walk('up');
      const ids = await pictured();
      expect(ids).toHaveLength(8);
      await expect(page.locator('#goods .graphic .slot-message')).toContainText('published version');
      for (const section of await sections.all()) {
        const first = await section.locator('[data-step]').first().getAttribute('data-step');
        await expect(section.locator('.graphic')).toHaveAttribute('data-active-step', first!);
      }
    });
  }
});
