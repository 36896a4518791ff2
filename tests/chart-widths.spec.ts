import { expect, test, type Page } from '@playwright/test';

// Charts laid out at the width they get (issue 13): the definitions timeline keeps its whole labels on a phone, and an
// embed, which never runs chart code, shows the prerendered layout drawn for about its column's width (layout-tiers.ts).

/** Every visible SVG text matching `selector`: its content, box and on-screen font size. */
function visibleTexts(selector: string) {
  const out: {
    text: string;
    size: number;
    drawn: number;
    box: { left: number; top: number; right: number; bottom: number };
  }[] = [];
  for (const t of document.querySelectorAll<SVGTextElement>(selector)) {
    const box = t.getBoundingClientRect();
    const ctm = t.getScreenCTM();
    if (!box.width || !box.height || !ctm) continue;
    out.push({
      text: t.textContent ?? '',
      size: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b),
      drawn: parseFloat(getComputedStyle(t).fontSize),
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom }
    });
  }
  return out;
}

test.describe('the definitions timeline on a phone', () => {
  for (const width of [320, 390]) {
    for (const path of ['/', '/zh/', '/embed/2026/definition-timeline/', '/zh/embed/2026/definition-timeline/']) {
      test(`at ${width} px every label is whole and clear of the others (${path})`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 844 } });
        const page = await context.newPage();
        await page.goto(path);
        // Hydration may replace the prerendered chart: scroll to it once the page has settled, then let it settle again.
        await page.waitForLoadState('networkidle');
        await page
          .locator('[data-chart=definition-timeline]')
          .first()
          .evaluate((e) => e.scrollIntoView());
        await page.waitForLoadState('networkidle');
        const labels = await page.evaluate(visibleTexts, '[data-chart=definition-timeline] .events text');
        expect(labels).toHaveLength(5);
        for (const [i, a] of labels.entries()) {
          expect(a.text.endsWith('…'), a.text).toBe(false);
          expect(a.box.right, `${a.text} inside the screen`).toBeLessThanOrEqual(width);
          for (const b of labels.slice(i + 1)) {
            const apart = a.box.bottom <= b.box.top + 0.5 || b.box.bottom <= a.box.top + 0.5;
            expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
          }
        }
        await context.close();
      });
    }
  }
});

/** The embed's visible chart layout: its drawn (viewBox) width and its rendered width. */
async function layoutWidths(page: Page) {
  return page.locator('.dtr-chart svg').evaluateAll((svgs) =>
    svgs
      .map((s) => ({
        viewBox: (s as SVGSVGElement).viewBox.baseVal.width,
        rendered: s.getBoundingClientRect().width
      }))
      .filter((s) => s.rendered > 0)
  );
}

test.describe('embeds in wide columns', () => {
  const embeds = [
    '/embed/2026/dds-china/',
    '/zh/embed/2026/bri-map/',
    '/embed/2026/rules-stances/',
    '/embed/2026/guangdong-regions/'
  ];
  // Wider than 640 px an embed shows the prerendered layout of the ladder nearest below its width (layout-tiers.ts), so
  // a text drawn at s px renders at s to 4/3 s: never more than one step of the ladder above its intended size, never
  // below it. 700, 900 and 1100 px sit just above three rungs (620, 825, 1100).
  for (const width of [320, 640, 700, 800, 900, 1000, 1100, 1400]) {
    test(`at ${width} px each embed shows a layout drawn for its column, with text at 11–16 px`, async ({
      browser
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const path of embeds) {
        await page.goto(path);
        const [layout, ...others] = await layoutWidths(page);
        expect(others, `${path}: one layout shown`).toEqual([]);
        // Never drawn wider than shown (no downscaled text), and drawn for at least 3/4 of the column: not a 640 px
        // drawing blown up to 1000 px.
        expect(layout.viewBox, `${path} drawn width`).toBeLessThanOrEqual(layout.rendered + 1);
        expect(layout.rendered / layout.viewBox, `${path} scale`).toBeLessThanOrEqual(4 / 3 + 0.01);
        const texts = await page.evaluate(visibleTexts, '.dtr-chart svg text');
        const sizes = texts.map((t) => t.size);
        for (const t of texts) {
          const step = t.size / t.drawn;
          expect(step, `${path} "${t.text}" rendered/drawn size`).toBeGreaterThanOrEqual(1 - 0.01);
          expect(step, `${path} "${t.text}" rendered/drawn size`).toBeLessThanOrEqual(4 / 3 + 0.01);
        }
        expect(sizes.length, `${path} texts`).toBeGreaterThan(3);
        expect(Math.min(...sizes), `${path} smallest text`).toBeGreaterThanOrEqual(11 - 0.05);
        expect(Math.max(...sizes), `${path} largest text`).toBeLessThanOrEqual(16 + 0.05);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await context.close();
    });
  }

  test('a line chart is drawn wider in a 1000 px column than in a 640 px one, with yearly ticks at 1400 px', async ({
    browser
  }) => {
    const ticks: Record<number, { drawn: number; years: number }> = {};
    for (const width of [640, 1000, 1400]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('/embed/2026/dds-china/');
      const [layout] = await layoutWidths(page);
      const years = await page
        .locator('.dtr-chart svg .axis-x text')
        .evaluateAll((ts) => ts.filter((t) => t.getBoundingClientRect().width > 0).length);
      ticks[width] = { drawn: layout.viewBox, years };
      await context.close();
    }
    expect(ticks[1000].drawn).toBeGreaterThan(ticks[640].drawn);
    expect(ticks[1400].drawn).toBeGreaterThan(ticks[1000].drawn);
    // 2010–2024: every other year up to about 1000 px, every year in the widest layout.
    expect(ticks[1000].years).toBeGreaterThanOrEqual(ticks[640].years);
    expect(ticks[1400].years).toBeGreaterThan(ticks[1000].years);
  });
});
