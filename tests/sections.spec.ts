import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';

/** What the sticky graphic shows: which chart, and what it emphasises. */
async function graphicState(section: Locator) {
  const view = section.locator('.graphic .chart-view').first();
  return `${await view.getAttribute('data-chart')}|${await view.getAttribute('data-highlight')}`;
}

for (const [locale, path] of [
  ['en', '/'],
  ['zh', '/zh/']
] as const) {
  test.describe(`every story section (${locale})`, () => {
    test('each step changes its section’s chart, with no console errors and no outside requests', async ({
      page,
      baseURL
    }) => {
      test.setTimeout(120_000);
      const watch = watchPage(page, baseURL!);
      await page.goto(path);
      const sections = page.locator('main section.story-section');
      const count = await sections.count();
      expect(count).toBeGreaterThan(0);
      for (let s = 0; s < count; s++) {
        const section = sections.nth(s);
        const id = await section.getAttribute('id');
        const steps = section.locator('[data-step]');
        const n = await steps.count();
        expect(n, `section ${id} has at least three steps`).toBeGreaterThanOrEqual(3);
        const states: string[] = [];
        for (let i = 0; i < n; i++) {
          const step = steps.nth(i);
          const stepId = await step.getAttribute('data-step');
          await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
          await expect(section.locator('.graphic')).toHaveAttribute('data-active-step', stepId!);
          // The chart answers steps once its data slice is in (until then the prerendered picture shows).
          await expect(section.locator('.graphic [data-chart-slot]')).toHaveCount(0);
          states.push(await graphicState(section));
        }
        for (let i = 1; i < states.length; i++) {
          expect(states[i], `section ${id}: step ${i + 1} changes the graphic`).not.toBe(states[i - 1]);
        }
        // Each section's charts can be taken away: the embed link points at a page that exists.
        const embed = section.locator('.embed-link a').first();
        const href = await embed.getAttribute('href');
        const response = await page.request.get(href!);
        expect(response.status(), href!).toBe(200);
      }
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });

    test('the whole story has no axe violations, at every step', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      await expectNoAxeViolations(page);
      // Later steps show other charts: check the last step of each section too.
      const last = page.locator('main section.story-section [data-step]:last-child');
      for (let i = 0; i < (await last.count()); i++) {
        await last.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      }
      await expectNoAxeViolations(page);
    });

    test('a table of contents links to every section', async ({ page }) => {
      await page.goto(path);
      const ids = await page.locator('main section.story-section').evaluateAll((els) => els.map((e) => e.id));
      const links = await page.locator('nav.toc a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(links).toEqual(ids.map((id) => `#${id}`));
    });
  });
}

test('the language switch keeps the reader’s place', async ({ page }) => {
  await page.goto('/');
  await page.locator('section#services [data-step="imports"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const link = page.getByRole('link', { name: 'Read this page in Chinese' });
  // The link follows the reader once the page is interactive; a reader scrolling for seconds never sees it lag.
  await expect(link).toHaveAttribute('href', '/zh/#services');
  await link.click();
  await expect(page).toHaveURL(/\/zh\/#services$/);
});
