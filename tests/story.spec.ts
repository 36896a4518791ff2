import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';

// China's digitally deliverable services exports, US$ millions (UNCTAD_DE.csv, UNCTAD_DE_DIG_SERVTRADE_ANN_EXP).
const CHN_EXPORTS = { 2010: 56020, 2015: 91104, 2023: 216265 };
const cagr = (a: number, b: number, years: number) => (b / a) ** (1 / years) - 1;

for (const [locale, path, lang] of [
  ['en', '/', 'en'],
  ['zh', '/zh/', 'zh-CN']
] as const) {
  test.describe(`story (${locale})`, () => {
    test('loads cleanly, self-contained, with the worker computing the calculator', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toBeVisible();
      const calc = page.locator('.calculator');
      // The engine loads only as the calculator comes near the viewport: nothing computes it before.
      await expect(calc).toHaveAttribute('data-computed-by', 'build');
      expect(page.workers()).toHaveLength(0);
      await calc.scrollIntoViewIfNeeded();
      await expect(calc).toHaveAttribute('data-computed-by', 'worker');
      const full = Number(await page.getByTestId('cagr-exports').getAttribute('data-value'));
      expect(full).toBeCloseTo(cagr(CHN_EXPORTS[2010], CHN_EXPORTS[2023], 13), 12);

      await calc.locator('select').first().selectOption('2015');
      await expect
        .poll(async () => Number(await page.getByTestId('cagr-exports').getAttribute('data-value')))
        .toBeCloseTo(cagr(CHN_EXPORTS[2015], CHN_EXPORTS[2023], 8), 12);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });

    test('scrolling through the steps changes what the chart highlights', async ({ page }) => {
      await page.goto(path);
      const section = page.locator('section#services');
      const graphic = section.locator('.graphic');
      const seen: string[] = [];
      for (const step of ['exports', 'imports', 'balance']) {
        // Bring the step to the middle of the viewport, where a reader's eyes are.
        await section.locator(`[data-step="${step}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await expect(graphic).toHaveAttribute('data-active-step', step);
        const highlighted = await graphic.locator('[data-highlight]').first().getAttribute('data-highlight');
        seen.push(highlighted ?? '');
      }
      expect(seen).toEqual(['exports', 'imports', 'balance']);
    });

    test('every step is reachable by keyboard and moves the chart', async ({ page }) => {
      await page.goto(path);
      const section = page.locator('section#services');
      for (const step of ['exports', 'imports', 'balance']) {
        await section.locator(`[data-step="${step}"]`).focus();
        await expect(section.locator('.graphic')).toHaveAttribute('data-active-step', step);
      }
    });

    test('has no axe violations', async ({ page }) => {
      await page.goto(path);
      await page.locator('.calculator').scrollIntoViewIfNeeded();
      await expect(page.locator('.calculator')).toHaveAttribute('data-computed-by', 'worker');
      await expectNoAxeViolations(page);
    });
  });

  test.describe(`story without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the text, the figures and the prerendered SVG chart', async ({ page }) => {
      await page.goto(path);
      const section = page.locator('section#services');
      await expect(section.locator('h2')).toBeVisible();
      for (const step of ['exports', 'imports', 'balance']) {
        await expect(section.locator(`[data-step="${step}"]`)).not.toBeEmpty();
      }
      // The figures were resolved at build time: no unresolved references reach the reader.
      await expect(page.locator('main')).not.toContainText('{calc:');
      const svg = section.locator('.graphic svg').first();
      await expect(svg).toBeVisible();
      expect(await svg.locator('path').count()).toBeGreaterThan(2);
      await expect(page.getByTestId('cagr-exports')).not.toBeEmpty();
    });
  });
}
