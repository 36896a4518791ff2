import { expect, test } from '@playwright/test';

// The lede says what the report found before the reader scrolls: all five findings inside the first screen of a
// laptop (1280×800) and inside one and a half screens of a phone (390×844), in both locales.
for (const [locale, path] of [
  ['en', '/'],
  ['zh', '/zh/']
] as const) {
  for (const [device, width, height, screens] of [
    ['laptop', 1280, 800, 1],
    ['phone', 390, 844, 1.5]
  ] as const) {
    test(`lede (${locale}, ${device}): five findings with a figure, a sparkline and a link, within ${screens} screen(s)`, async ({
      page
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      const findings = page.locator('.lede li');
      await expect(findings).toHaveCount(5);
      for (const f of await findings.all()) {
        await expect(f).toBeVisible();
        await expect(f.locator('svg.spark path')).toHaveAttribute('d', /^M/);
        await expect(f.locator('p')).toHaveText(/\d/);
        const href = await f.locator('a').getAttribute('href');
        expect(href).toMatch(/^#[a-z]+$/);
        await expect(page.locator(`section${href}`)).toHaveCount(1);
        const box = (await f.boundingBox())!;
        expect(box.y + box.height, await f.innerText()).toBeLessThanOrEqual(height * screens);
      }
    });
  }
}
