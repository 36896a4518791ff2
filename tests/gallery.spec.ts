import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';

// The gallery shows every @dtr/ui chart type in its frame (apps/report/src/routes/[[lang=lang]]/gallery).
const CHART_COUNT = 12;

for (const [locale, path, labels] of [
  ['en', '/gallery/', { csv: 'Download CSV', show: 'Show data table', hide: 'Hide data table', dark: 'Dark theme' }],
  ['zh', '/zh/gallery/', { csv: '下载 CSV', show: '显示数据表', hide: '隐藏数据表', dark: '深色主题' }]
] as const) {
  test.describe(`gallery (${locale})`, () => {
    test('renders every chart as a named SVG image with a frame and no errors', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto(path);
      const frames = page.locator('figure.dtr-frame');
      await expect(frames).toHaveCount(CHART_COUNT);
      for (const svg of await page.locator('figure.dtr-frame svg[role="img"]').all()) {
        const name = await svg.evaluate((el) => {
          const ids = (el.getAttribute('aria-labelledby') ?? '').split(' ');
          return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        });
        expect(name.trim().length).toBeGreaterThan(10);
      }
      await expect(page.getByRole('button', { name: labels.csv })).toHaveCount(CHART_COUNT);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });

    test('walks the line chart and its actions with the keyboard', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: labels.csv }).first()).toBeVisible();
      const slider = page.getByRole('slider').first();
      // Tab from the top of the page until the chart's keyboard layer has focus.
      for (let i = 0; i < 10 && !(await slider.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(slider).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuenow', '2010');
      const live = page.locator('figure.dtr-frame [aria-live="polite"]').first();
      await expect(live).toContainText('2010');
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuenow', '2024');
      await expect(live).toContainText('2024');
      await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveAttribute('aria-valuenow', '2023');

      // Next stops: source link, licence link, then the actions in order.
      const csv = page.getByRole('button', { name: labels.csv }).first();
      for (let i = 0; i < 5 && !(await csv.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(csv).toBeFocused();
      const downloading = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('gallery-line.csv');

      const toggle = page.getByRole('button', { name: labels.show }).first();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: labels.hide }).first()).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('figure.dtr-frame details').first().locator('table')).toBeVisible();
    });

    test('reaches every frame action by Tab in document order', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: labels.csv }).first()).toBeVisible();
      const seen = new Set<string>();
      for (let i = 0; i < 400 && seen.size < CHART_COUNT; i++) {
        await page.keyboard.press('Tab');
        const frameId = await page.evaluate(() => {
          const el = document.activeElement;
          if (!(el instanceof HTMLButtonElement)) return null;
          return el.closest('figure.dtr-frame')?.querySelector('cite')?.textContent ?? null;
        });
        if (frameId) seen.add(frameId);
      }
      expect(seen.size).toBe(CHART_COUNT);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violations in the ${theme} theme, with a data table open`, async ({ page }) => {
        // axe walks twelve charts' worth of SVG nodes; it needs longer than the default on two cores.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expect(page.getByRole('button', { name: labels.csv }).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.getByRole('button', { name: labels.show }).first().click();
        await expectNoAxeViolations(page);
      });
    }

    test('switches theme with the keyboard', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const toggle = page.getByRole('button', { name: labels.dark });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const bg = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--dtr-bg').trim()
      );
      expect(bg).toBe('#16181d');
    });
  });
}

test('without JavaScript the charts, frames and data tables are readable and the actions are hidden', async ({
  browser
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/gallery/');
  await expect(page.locator('figure.dtr-frame svg[role="img"]')).toHaveCount(CHART_COUNT);
  await expect(page.locator('figure.dtr-frame button')).toHaveCount(0);
  await page.locator('figure.dtr-frame summary').first().click();
  await expect(page.locator('figure.dtr-frame table').first()).toBeVisible();
  await context.close();
});
