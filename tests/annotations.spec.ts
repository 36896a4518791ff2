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

// The chart kinds of the definition, rules and BRI sections take notes too: a threshold at a date on a timeline, a rule
// at a value on a beeswarm (issue 14: an annotated step in every section).
for (const [locale, path, section, step, next, kind, words] of [
  ['en', '/', 'bri', 'idi', 'internet', 'rule', 'Median member: '],
  ['zh', '/zh/', 'bri', 'idi', 'internet', 'rule', '成员中位数：'],
  ['en', '/', 'rules', 'timeline', 'ip', 'threshold', 'Every step the texts date is from 2018 or later'],
  ['zh', '/zh/', 'definition', 'handbook', 'pillar', 'threshold', '2020年起：用于统计的定义']
] as const) {
  test(`annotations (${locale}): ${section}/${step} draws its ${kind} and reads it out`, async ({ page }) => {
    await page.goto(path);
    const graphic = page.locator(`section#${section} .graphic`);
    await page
      .locator(`section#${section} [data-step="${step}"]`)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(graphic).toHaveAttribute('data-active-step', step);
    const note = graphic.locator(`.annotation.${kind}`);
    await expect(note).toBeVisible();
    await expect(note).toContainText(words);
    const description = await graphic
      .locator('svg[role="img"]')
      .first()
      .evaluate((el) => el.querySelector('desc')?.textContent ?? '');
    expect(description).toContain(words);
    await page
      .locator(`section#${section} [data-step="${next}"]`)
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(graphic).toHaveAttribute('data-active-step', next);
    await expect(graphic.locator(`.annotation.${kind}`)).toHaveCount(0);
  });
}
