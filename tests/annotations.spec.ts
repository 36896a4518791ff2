import { expect, test } from '@playwright/test';

// The chart points at what the active step says: the step's annotation is drawn on the chart and its words are part
// of the chart's text alternative; moving to a step without one removes it.
for (const [locale, path, band] of [
  ['en', '/', 'Definition changes: TLS certificates counted'],
  ['zh', '/zh/', '口径变化：改为统计TLS证书']
] as const) {
  test(`annotations (${locale}): the active step's note is on the chart and in its description`, async ({ page }) => {
    await page.goto(path);
    const section = page.locator('section#data');
    const graphic = section.locator('.graphic');
    await section.locator('[data-step="output"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(graphic).toHaveAttribute('data-active-step', 'output');
    const note = graphic.locator('.annotation.band');
    await expect(note).toBeVisible();
    await expect(note).toContainText(band.slice(0, 8));
    const svg = graphic.locator('svg[aria-describedby], svg[role="img"]').first();
    const description = await svg.evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const described = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      return `${el.getAttribute('aria-label') ?? ''} ${described} ${el.querySelector('desc')?.textContent ?? ''}`;
    });
    expect(description).toContain(band);

    await section.locator('[data-step="flows"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(graphic).toHaveAttribute('data-active-step', 'flows');
    await expect(graphic.locator('.annotation.band')).toHaveCount(0);
  });
}
