import { expect, test } from '@playwright/test';

// The explorer's ranking (issue 13): the legend's dot swatch is the colour of the dots, in both themes (it was blue over
// lavender dots in the dark theme, which drew the economies outside the highlight in another series colour).
for (const scheme of ['light', 'dark'] as const) {
  test(`the ranking's legend swatch and every dot share one colour (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto('/explorer/');
    const chart = page.locator('[data-chart=index-ranking], figure.dtr-frame').filter({ has: page.locator('.dots') });
    await expect(chart.first().locator('.dots circle').first()).toBeVisible();
    const colours = await chart.first().evaluate((f) => {
      const svg = [...f.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0)!;
      const fill = (e: Element) => getComputedStyle(e).fill;
      return {
        swatch: fill(svg.querySelector('.legend rect')!),
        dots: [...new Set([...svg.querySelectorAll('.dots circle')].map(fill))],
        // The highlighted economy (economy A, China by default, when it is among the top rows), larger and ringed.
        ringed: [...svg.querySelectorAll('.dots circle')].filter((c) => getComputedStyle(c).strokeWidth === '1.5px')
          .length
      };
    });
    expect(colours.ringed).toBeLessThanOrEqual(1);
    expect(colours.dots).toEqual([colours.swatch]);
    // The theme's own series colour: light #0072b2, dark #56b4e9.
    expect(colours.swatch).toBe(scheme === 'dark' ? 'rgb(86, 180, 233)' : 'rgb(0, 114, 178)');
    await context.close();
  });
}
