import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { builtPages } from './support/built-pages';
import { storyStepSelectors } from './support/story-steps';

// Phone-first reading (issue 13): every prerendered page and embed fits a phone from the first byte, with or without
// JavaScript, and no chart text renders below 11 CSS px.
const pages = builtPages();
const MIN_CHART_TEXT = 11;

/** Page width, and chart texts rendered below the minimum (size from the text's font size times its on-screen scale). */
function measure(minimum: number) {
  const small: string[] = [];
  for (const t of document.querySelectorAll<SVGTextElement>('svg text')) {
    const box = t.getBoundingClientRect();
    if (!box.width || !box.height) continue;
    const ctm = t.getScreenCTM();
    if (!ctm) continue;
    const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
    if (size < minimum - 0.05) small.push(`"${t.textContent?.slice(0, 24)}" ${size.toFixed(1)}px`);
  }
  return { scrollWidth: document.documentElement.scrollWidth, small: small.slice(0, 5) };
}

async function checkAll(page: Page, width: number, js: boolean) {
  const failures: string[] = [];
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'load' });
    const first = await page.evaluate(measure, MIN_CHART_TEXT);
    if (first.scrollWidth > width) failures.push(`${path}: ${first.scrollWidth} px wide at first paint`);
    if (first.small.length) failures.push(`${path}: chart text below 11 px: ${first.small.join(', ')}`);
    if (js) {
      // After hydration and the first chart slices: charts re-laid out at the container's width.
      await page.waitForLoadState('networkidle');
      const later = await page.evaluate(measure, MIN_CHART_TEXT);
      if (later.scrollWidth > width) failures.push(`${path}: ${later.scrollWidth} px wide after hydration`);
      if (later.small.length)
        failures.push(`${path}: after hydration, chart text below 11 px: ${later.small.join(', ')}`);
    }
  }
  expect(failures).toEqual([]);
}

for (const width of [320, 390, 430]) {
  for (const js of [false, true]) {
    test(`every page and embed fits ${width} px with JavaScript ${js ? 'on' : 'off'}; chart text ≥ 11 px`, async ({
      browser
    }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js });
      const page = await context.newPage();
      await checkAll(page, width, js);
      await context.close();
    });
  }
}

// Portrait phones and tablets below 60rem read the story in one column: the plot sticks on top, takes at most 60 % of
// the screen, and the steps scroll up from below it. A landscape phone (short and wide, see StorySection.svelte) reads it
// in two columns as a desktop does, plot beside the text, so the plot can never cover what is being read.
const portrait = [
  [320, 568],
  [360, 740],
  [390, 844],
  [430, 932],
  [768, 1024]
] as const;

test.describe('phone story', () => {
  for (const [width, height] of portrait) {
    for (const prefix of width === 390 ? ['', '/zh'] : ['']) {
      test(`at ${width} × ${height} the sticky graphic takes at most 60 % of the screen and nothing covers its plot (${prefix || '/en'})`, async ({
        browser
      }) => {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        await page.goto(`${prefix}/`);
        const sections = await page.locator('section.story-section').evaluateAll((s) => s.map((e) => e.id));
        expect(sections.length).toBeGreaterThan(5);
        const unstuckSections: string[] = [];
        for (const id of sections) {
          const step = page.locator(`#${id} .step`).nth(1);
          await step.evaluate((e) => e.scrollIntoView({ block: 'end' }));
          await expect(step).toHaveClass(/active/);
          // The step's chart may still be fetching its slice; then it is drawn at the container's width.
          const head = page.locator(`#${id} [data-frame-head]`).first();
          await expect(head).toBeVisible();
          await page.waitForLoadState('networkidle');
          await step.evaluate((e) => e.scrollIntoView({ block: 'end' }));
          await page.waitForTimeout(300);
          const box = (await head.boundingBox())!;
          const unstuck = await page.locator(`#${id} .scrolly-layout`).evaluate((l) => l.hasAttribute('data-unstuck'));
          if (unstuck) {
            // Too tall for 60 % of this screen: it is not stuck, and scrolls away above the step instead of covering it.
            expect(box.height, `${id} unstuck only when too tall`).toBeGreaterThan(0.6 * height);
            expect(await head.evaluate((h) => getComputedStyle(h).position)).toBe('static');
            unstuckSections.push(id);
          } else {
            expect(box.height, `${id} sticky height`).toBeLessThanOrEqual(0.6 * height);
            // Stuck under the header; the steps pass under the graphic, so across the whole plot the top-most element
            // is the chart's own, never the active step (which is read in the band below it).
            expect(box.y, `${id} stuck under the header`).toBeLessThanOrEqual(60);
            const stepBox = (await step.boundingBox())!;
            expect(stepBox.y + stepBox.height, `${id} active step ends below the graphic`).toBeGreaterThan(
              box.y + box.height + 80
            );
          }
          expect(await plotCoveredBy(head), `${id}: something covers the plot`).toEqual([]);
          // Opaque cards: no translucency lets a previous step ghost over the chart.
          expect(await step.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
        }
        // On a phone of ordinary height every graphic sticks.
        if (height >= 844) expect(unstuckSections).toEqual([]);
        await context.close();
      });
    }
  }

  // Short phones (issue 13): a compact title block, a flatter free-aspect plot (sticky-fit.ts, plot-room.ts), and bars,
  // beeswarm rows and province tiles flattened to the plot room with a one-row map legend keep most graphics stuck on a
  // 320 × 568 screen: of the 45 steps of the 2026 story 10 were unstuck in English, then 5 (the three timelines' four
  // steps and the cable map; tests/sticky-fallback.spec.ts shows those above their step). At most 5 unstuck. On every step, stuck or not, the active card covers none of the marks of the chart it talks
  // about. At 390 × 844 all but one step stick (the agreements timeline: one row per agreement, 611 px tall there).
  for (const { width, height, stuckAtLeast, which } of [
    { width: 320, height: 568, stuckAtLeast: (n: number) => n - 5, which: 'all steps but five' },
    { width: 390, height: 844, stuckAtLeast: (n: number) => n - 1, which: 'all steps but one' }
  ]) {
    test(`at ${width} × ${height} ${which} keep their graphic stuck, and no active step covers a mark`, async ({
      browser
    }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForLoadState('networkidle');
      const steps = await storyStepSelectors(page);
      expect(steps.length).toBeGreaterThan(30);
      let stuck = 0;
      const covered: string[] = [];
      for (const selector of steps) {
        const step = page.locator(selector);
        await step.evaluate((e) => e.scrollIntoView({ block: 'end' }));
        await expect(step).toHaveClass(/active/);
        await page.waitForLoadState('networkidle');
        await step.evaluate((e) => e.scrollIntoView({ block: 'end' }));
        await page.waitForTimeout(250);
        const result = await step.evaluate(marksUnder);
        if (result.stuck) stuck++;
        covered.push(...result.covered.map((c) => `${selector}: ${c}`));
      }
      expect(covered).toEqual([]);
      expect(stuck, `${stuck} of ${steps.length} stuck`).toBeGreaterThanOrEqual(stuckAtLeast(steps.length));
      await context.close();
    });
  }

  for (const [width, height] of [
    [844, 390],
    [740, 360]
  ] as const) {
    test(`on a landscape phone (${width} × ${height}) the plot sits beside the text, in view, and covers none of it`, async ({
      browser
    }) => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto('/');
      const sections = await page.locator('section.story-section').evaluateAll((s) => s.map((e) => e.id));
      for (const id of sections) {
        const step = page.locator(`#${id} .step`).nth(1);
        await step.evaluate((e) => e.scrollIntoView({ block: 'center' }));
        await expect(step).toHaveClass(/active/);
        await page.waitForLoadState('networkidle');
        await step.evaluate((e) => e.scrollIntoView({ block: 'center' }));
        await page.waitForTimeout(300);
        const plot = (await page.locator(`#${id} [data-frame-head] .chart`).first().boundingBox())!;
        const stepBox = (await step.boundingBox())!;
        // Side by side: the plot's column ends before the step's begins.
        expect(plot.x + plot.width, `${id}: plot beside the step`).toBeLessThanOrEqual(stepBox.x + 1);
        const unstuck = await page.locator(`#${id} .scrolly-layout`).evaluate((l) => l.hasAttribute('data-unstuck'));
        if (!unstuck) {
          // Stuck: the whole plot on screen, under the header.
          expect(plot.y, `${id}: plot under the header`).toBeGreaterThanOrEqual(47);
          expect(plot.y + plot.height, `${id}: plot inside the screen`).toBeLessThanOrEqual(height + 1);
        }
        expect(await plotCoveredBy(page.locator(`#${id} [data-frame-head]`).first()), `${id}: plot covered`).toEqual(
          []
        );
      }
      await context.close();
    });
  }
});

/**
 * For the active step: whether its section's graphic is stuck, and the chart's marks on screen that the step's card
 * overlaps and covers (at the mark's centre the top-most element is not the graphic's own). At most 300 marks a chart.
 */
function marksUnder(step: HTMLElement) {
  const layout = step.closest('.scrolly-layout')!;
  const head = layout.querySelector<HTMLElement>('[data-frame-head]')!;
  const card = step.getBoundingClientRect();
  const top = document.querySelector('header')!.getBoundingClientRect().bottom;
  const covered: string[] = [];
  const marks = [...head.querySelectorAll('.chart svg :is(circle, rect, path, line, polygon, text)')].slice(0, 300);
  for (const mark of marks) {
    const box = mark.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (y < top || y > innerHeight || x < 0 || x > innerWidth) continue;
    const overlaps = x >= card.left && x <= card.right && y >= card.top && y <= card.bottom;
    const hit = document.elementFromPoint(x, y);
    if (overlaps && hit && !head.contains(hit)) covered.push(`${mark.tagName} at ${Math.round(x)},${Math.round(y)}`);
  }
  return { stuck: !layout.hasAttribute('data-unstuck'), covered: covered.slice(0, 5) };
}

/** Points across the plot where the top-most element is not the graphic's own. */
function plotCoveredBy(head: Locator) {
  return head.evaluate((h) => {
    const plot = h.querySelector('.chart')!.getBoundingClientRect();
    // Only what is on screen below the site header (an unstuck plot scrolls under it and away).
    const top = document.querySelector('header')!.getBoundingClientRect().bottom;
    const hits: string[] = [];
    for (const fx of [0.1, 0.5, 0.9])
      for (const fy of [0.1, 0.5, 0.9]) {
        const x = plot.left + plot.width * fx;
        const y = plot.top + plot.height * fy;
        if (y < top || y > innerHeight) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && !h.contains(hit)) hits.push(`${Math.round(x)},${Math.round(y)}: ${hit.className}`);
      }
    return hits;
  });
}

test.describe('phone menu', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [prefix, labels, language] of [
    ['', ['Index explorer', 'Method', 'Sources', 'Claims', 'Downloads', 'Editions'], '中文'],
    ['/zh', ['指数探索器', '方法', '来源', '论断', '下载', '历年版本'], 'English']
  ] as const) {
    test(`the menu button lists every page, the language switch and the theme, by keyboard (${prefix || '/en'})`, async ({
      page
    }) => {
      await page.goto(`${prefix}/method/`);
      const button = page.locator('header .menu-toggle');
      await expect(button).toBeVisible();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const menu = page.locator(`#${await button.getAttribute('aria-controls')}`);
      await expect(menu).toBeHidden();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect(menu).toBeVisible();
      for (const label of labels) {
        const link = menu.getByRole('link', { name: label, exact: true });
        await expect(link).toBeVisible();
        // Nothing truncated: each link shows its whole label inside the screen.
        const fits = await link.evaluate(
          (a) => a.scrollWidth <= a.clientWidth && a.getBoundingClientRect().right <= innerWidth
        );
        expect(fits, label).toBe(true);
      }
      await expect(menu.locator('a[hreflang]')).toHaveText(language);
      await expect(menu.locator('button.theme')).toBeVisible();
      // Tab reaches the first page link, Escape closes and returns focus to the button.
      await page.keyboard.press('Tab');
      await expect(menu.getByRole('link', { name: labels[0], exact: true })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();
      // Following a link from the menu closes it on the next page.
      await button.click();
      await menu.getByRole('link', { name: labels[2], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/sources/$`));
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });
  }

  test('without JavaScript the pages are listed under the header', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('header .menu-toggle')).toBeHidden();
    await expect(page.locator('header nav.pages').getByRole('link', { name: 'Editions', exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});

test.describe('embeds at newsroom column widths', () => {
  for (const width of [300, 400]) {
    test(`at ${width} px: title, chart, the source names and licence whole under it, one disclosure for the rest`, async ({
      browser
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      // Each chart's licence follows its sources': UNCTAD's CC BY 4.0, the BRI list's own terms, TeleGeography's
      // CC BY-NC-SA (whose own wording is in the disclosure, not the credit line).
      for (const [path, source, licence] of [
        ['/embed/2026/dds-china/', 'UNCTAD', 'CC BY 4.0'],
        ['/zh/embed/2026/bri-map/', '复旦大学绿色金融与发展中心', '以数据来源的条款为准'],
        ['/embed/2026/rules-stances/', 'Yu Ya', 'CC BY 4.0'],
        ['/embed/2026/data-cable-map/', 'TeleGeography', 'CC BY-NC-SA 3.0'],
        ['/embed/2026/definition-timeline/', 'USITC (2013)', 'CC BY 4.0']
      ]) {
        await page.goto(path);
        const frame = page.locator('figure.dtr-frame');
        await expect(frame.locator('.title')).toBeVisible();
        const credit = frame.locator('.credit');
        await expect(credit).toContainText(source);
        await expect(credit).toContainText(licence);
        // Whole, not cut: nothing in the credit line is wider than its box or ends in an ellipsis.
        const cut = await credit.evaluate(
          (p) =>
            [p, ...p.querySelectorAll('span')].filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
              .length
        );
        expect(cut, `${path} credit parts cut off`).toBe(0);
        await expect(credit).not.toContainText('…');
        // One control: the disclosure; no second "Show data table" button.
        await expect(frame.locator('[data-action=table]')).toHaveCount(0);
        const more = frame.locator('details.more');
        await expect(more.locator('table')).toBeHidden();
        await more.locator('summary').click();
        await expect(more.locator('table')).toBeVisible();
        await expect(more.locator('[data-action=png]')).toBeVisible();
        await expect(more.locator('[data-action=embed]')).toBeVisible();
        await expect(more.locator('cite')).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await context.close();
    });
  }
});

for (const [width, height] of [
  [390, 844],
  [1366, 900]
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const prefix of ['', '/zh']) {
      test(`axe: no violations on the story at ${width} px, ${scheme}, ${prefix || '/en'}`, async ({ browser }) => {
        test.setTimeout(120_000);
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${prefix}/`);
        await page.waitForLoadState('networkidle');
        await expectNoAxeViolations(page);
        await context.close();
      });
    }
  }
}
