import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';

// The routes issue 8 adds, as they exist in the real build (one edition, 2026).
for (const [locale, prefix, lang] of [
  ['en', '', 'en'],
  ['zh', '/zh', 'zh-CN']
] as const) {
  test.describe(`editions (${locale})`, () => {
    test('the archive lists the 2026 edition as the latest, with its story and changelog', async ({
      page,
      baseURL
    }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto(`${prefix}/editions/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const item = page.locator('.editions li').filter({ has: page.locator(`a[href="${prefix}/2026/"]`) });
      await expect(item).toHaveCount(1);
      await expect(item.locator('.latest')).toBeVisible();
      await expect(item.locator(`a[href="${prefix}/2026/changelog/"]`)).toBeVisible();
      await expect(item).toContainText('2026-12-01');
      await expectNoAxeViolations(page);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });

    test('/2026/ shows the same story as the home page of the latest edition', async ({ page }) => {
      await page.goto(`${prefix}/`);
      const home = await page.locator('h1').textContent();
      const sections = await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id));
      await page.goto(`${prefix}/2026/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(home!);
      expect(await page.locator('main section[id]').evaluateAll((els) => els.map((e) => e.id))).toEqual(sections);
      await expectNoAxeViolations(page);
    });

    test('the 2026 changelog says it is the first edition', async ({ page }) => {
      await page.goto(`${prefix}/2026/changelog/`);
      await expect(page.locator('h1')).toContainText('2026');
      await expect(page.locator('main')).toContainText(locale === 'zh' ? '是第一版' : 'is the first edition');
      await expect(page.locator(`main a[href="${prefix}/2026/"]`)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('an edition embed URL renders that edition', async ({ page }) => {
      const response = await page.goto(`${prefix}/embed/2026/dds-china/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('svg').first()).toBeVisible();
    });
  });
}

for (const prefix of ['', '/zh']) {
  test(`every reference page has a per-edition URL (${prefix || 'en'}) that shows that edition`, async ({ page }) => {
    for (const name of ['explorer', 'method', 'sources', 'claims', 'downloads']) {
      const path = `${prefix}/2026/${name}/`;
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('main h1'), path).toBeVisible();
      await expect(page.locator('main'), path).toContainText('2026');
    }
  });
}
