import { expect, test } from '@playwright/test';

for (const [prefix, labels] of [
  ['', ['Index explorer', 'Method', 'Audit', 'Sources', 'Claims', 'Downloads', 'Editions']],
  ['/zh', ['指数探索器', '方法', '审计', '来源', '论断', '下载', '历年版本']]
] as const) {
  test(`the header links every reference page, in ${prefix ? 'Chinese' : 'English'}, and each one loads`, async ({
    page
  }) => {
    await page.goto(`${prefix}/`);
    const nav = page.locator('header nav.pages');
    for (const label of labels) {
      const link = nav.getByRole('link', { name: label, exact: true });
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${prefix}/[a-z]+/$`));
      expect((await page.request.get(href!)).status(), href!).toBe(200);
    }
  });
}
