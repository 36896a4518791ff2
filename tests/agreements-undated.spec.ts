import { expect, test } from '@playwright/test';

// Issue 15: the agreements embed draws RCEP, CPTPP and DEPA (ledger claims quoted from the Yu Ya text, no dates) in
// the timeline's undated band, apart from the WTO's dated agreements, and credits the text beside the WTO.
const pages = [
  { path: '/embed/2026/data-agreements/', heading: 'Named in the texts, no date' },
  { path: '/zh/embed/2026/data-agreements/', heading: '文献提及，未注明日期' }
];

for (const { path, heading } of pages)
  for (const width of [390, 1366])
    test(`${path} at ${width} px: RCEP, CPTPP and DEPA in the undated band, whole, 11 px or more, and the text credited`, async ({
      page
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const band = page.locator('svg:visible g.undated');
      await expect(band).toHaveCount(1);
      const texts = band.locator('text');
      await expect(texts).toHaveCount(4);
      await expect(texts.first()).toHaveText(heading);
      const items = await texts.evaluateAll((els) => els.slice(1).map((el) => el.textContent ?? ''));
      expect(items.map((t) => t.match(/RCEP|CPTPP|DEPA/)?.[0])).toEqual(['RCEP', 'CPTPP', 'DEPA']);
      await expect(band.locator('circle[fill="none"]')).toHaveCount(3);
      // Every line of the band is inside the drawn chart and at least 11 px high (in CSS px, as the reader sees it).
      const boxes = await band.evaluate((g: SVGGElement) => {
        const svg = g.ownerSVGElement!.getBoundingClientRect();
        return [...g.querySelectorAll('tspan')].map((t) => {
          const r = t.getBoundingClientRect();
          const size =
            parseFloat(getComputedStyle(t).fontSize) * (svg.width / g.ownerSVGElement!.viewBox.baseVal.width);
          return {
            text: t.textContent,
            left: r.left - svg.left,
            right: svg.right - r.right,
            bottom: svg.bottom - r.bottom,
            size
          };
        });
      });
      for (const b of boxes) {
        expect(b.left, b.text ?? '').toBeGreaterThanOrEqual(0);
        expect(b.right, b.text ?? '').toBeGreaterThanOrEqual(0);
        expect(b.bottom, b.text ?? '').toBeGreaterThanOrEqual(0);
        expect(b.size, b.text ?? '').toBeGreaterThanOrEqual(11);
      }
      await expect(page.locator('body')).toContainText('Yu Ya, Research on the current status');
      await expect(page.locator('body')).toContainText(/World Trade Organization|世界贸易组织/);
    });
