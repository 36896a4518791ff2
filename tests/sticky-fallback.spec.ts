import { expect, test } from '@playwright/test';
import { storyStepSelectors } from './support/story-steps';

// Phone-first reading (issue 13): on a phone, at every step of the story, the graphic the step talks about is on screen
// when the step becomes active, sticky or not. A graphic too tall to stick (more than 60 % of the screen) is placed in
// the flow directly above the active step (the Pudding / NYT stacked fallback) instead of staying at the top of its
// section, far above the later steps.
//
// The measured condition: scrolling down, a step becomes active when its top enters the reading band (Scrolly.svelte:
// the band ends 5 % above the bottom of a one-column screen). With the step's top just inside that line, the part of
// the plot's box on screen under the site header is at least 90 % of the plot's height, or of the room between the
// header and the step where the plot is taller than that room; the graphic shows the step's chart and highlight; and
// an unstuck plot ends above the step, at most 200 px above it (at the first step its source line, closed disclosure and embed link are between).
const MIN_VISIBLE = 0.9;
const MAX_GAP = 200;

/** Puts the step's top 2 px inside the band's lower edge, as a reader scrolling down reaches it. */
function toActivationLine(step: HTMLElement) {
  const top = step.getBoundingClientRect().top;
  scrollTo({ top: scrollY + top - 0.95 * innerHeight + 2, behavior: 'instant' });
}

/** Where the section's plot is against the screen and the step, and what the graphic shows. */
function readPlot(step: HTMLElement) {
  const layout = step.closest('.scrolly-layout')!;
  const graphic = layout.querySelector<HTMLElement>('.graphic')!;
  const plot = graphic.querySelector('[data-frame-head] .chart')!.getBoundingClientRect();
  const header = document.querySelector('header')!.getBoundingClientRect().bottom;
  const stepTop = step.getBoundingClientRect().top;
  const onScreen = Math.max(0, Math.min(plot.bottom, innerHeight) - Math.max(plot.top, header));
  const view = graphic.querySelector<HTMLElement>('[data-chart]');
  return {
    unstuck: layout.hasAttribute('data-unstuck'),
    activeStep: graphic.dataset.activeStep,
    chart: view?.dataset.chart ?? graphic.querySelector<HTMLElement>('[data-chart-slot]')?.dataset.chartSlot,
    highlight: (view ?? graphic.querySelector<HTMLElement>('[data-highlight]'))?.dataset.highlight ?? '',
    onScreen,
    // The room the plot can have at this moment: from the header to the step's top, or to the screen's bottom.
    room: Math.min(plot.height, Math.min(stepTop, innerHeight) - header),
    height: plot.height,
    gap: stepTop - plot.bottom
  };
}

for (const [width, height] of [
  [320, 568],
  [390, 844]
] as const) {
  for (const prefix of ['', '/zh']) {
    test(`at ${width} × ${height} every step's graphic is on screen when the step becomes active, sticky or not (${prefix || '/en'})`, async ({
      browser
    }) => {
      test.setTimeout(300_000);
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(`${prefix}/`);
      await page.waitForLoadState('networkidle');
      const steps = await storyStepSelectors(page);
      expect(steps.length).toBeGreaterThan(30);
      const failures: string[] = [];
      let unstuck = 0;
      for (const selector of steps) {
        const step = page.locator(selector);
        await step.evaluate(toActivationLine);
        await expect(step).toHaveClass(/active/);
        // The chart swaps, may fetch its slice, and an unstuck one moves above the step: then the reader is back at
        // the step (it may have moved with the layout).
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(250);
        await step.evaluate(toActivationLine);
        await page.waitForTimeout(150);
        await expect(step, `${selector} still active`).toHaveClass(/active/);
        const want = await step.evaluate((e) => ({ chart: e.dataset.stepChart!, highlight: e.dataset.stepHighlight! }));
        const got = await step.evaluate(readPlot);
        if (got.unstuck) unstuck++;
        const where = `${selector} (${got.unstuck ? 'unstuck' : 'sticky'})`;
        if (got.activeStep !== selector.match(/data-step="(.+)"/)![1])
          failures.push(`${where}: graphic shows step ${got.activeStep}`);
        if (!got.chart?.endsWith(want.chart)) failures.push(`${where}: graphic shows ${got.chart}, not ${want.chart}`);
        if (got.highlight !== want.highlight)
          failures.push(`${where}: highlight ${got.highlight}, not ${want.highlight}`);
        if (got.onScreen < MIN_VISIBLE * got.room - 0.5)
          failures.push(
            `${where}: ${Math.round(got.onScreen)} px of the ${Math.round(got.height)} px plot on screen (room ${Math.round(got.room)} px)`
          );
        if (got.unstuck && (got.gap < 0 || got.gap > MAX_GAP))
          failures.push(`${where}: the plot ends ${Math.round(got.gap)} px above the step`);
      }
      console.log(`${width} × ${height} ${prefix || '/en'}: ${unstuck} of ${steps.length} steps unstuck`);
      expect(failures).toEqual([]);
      await context.close();
    });
  }
}

// Beside the text (a laptop's two columns): at every step at least 75 % of the plot, or of the screen under the
// header where the plot is taller, is on screen while the step is in the middle of the reading band. A graphic up to
// half as tall again as the room under the header sticks with its bottom on the screen's bottom and its title
// scrolled under the header (sticky-fit.ts); before, the agreements timeline (about 930 px at 1366 × 900 and 768)
// stayed at the top of its section, 0 px of it on screen at its own step. At 1366 × 768 it shows 79 % of its plot.
const MIN_VISIBLE_BESIDE = 0.75;
for (const [width, height] of [
  [1366, 900],
  [1366, 768]
] as const) {
  test(`at ${width} × ${height} every step's plot is on screen beside its step`, async ({ browser }) => {
    test.setTimeout(300_000);
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    const steps = await storyStepSelectors(page);
    const failures: string[] = [];
    for (const selector of steps) {
      const step = page.locator(selector);
      const toMiddle = (e: HTMLElement) =>
        scrollTo({ top: scrollY + e.getBoundingClientRect().top - 0.5 * innerHeight, behavior: 'instant' });
      await step.evaluate(toMiddle);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(250);
      await step.evaluate(toMiddle);
      await page.waitForTimeout(150);
      await expect(step, `${selector} active`).toHaveClass(/active/);
      const got = await step.evaluate((e) => {
        const graphic = e.closest('.scrolly-layout')!.querySelector<HTMLElement>('.graphic')!;
        const plot = graphic.querySelector('[data-frame-head] .chart')!.getBoundingClientRect();
        const header = document.querySelector('header')!.getBoundingClientRect().bottom;
        return {
          onScreen: Math.max(0, Math.min(plot.bottom, innerHeight) - Math.max(plot.top, header)),
          room: Math.min(plot.height, innerHeight - header),
          height: plot.height
        };
      });
      if (got.onScreen < MIN_VISIBLE_BESIDE * got.room - 0.5)
        failures.push(`${selector}: ${Math.round(got.onScreen)} px of the ${Math.round(got.height)} px plot on screen`);
    }
    expect(failures).toEqual([]);
    await context.close();
  });
}
