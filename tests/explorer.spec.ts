import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';

// The full table renders its rows only while open (with JavaScript); open it, then read every row.
async function ranking(page: Page) {
  await page.locator('details.full').evaluate((d) => ((d as HTMLDetailsElement).open = true));
  return page
    .locator('[data-testid=full-ranking] tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.textContent?.trim() ?? ''));
}

const edition = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/data/editions/2026/index');
const spec = JSON.parse(readFileSync(resolve(edition, 'spec.json'), 'utf8')) as {
  uncertainty: { weightNoise?: number; alternatives?: Record<string, unknown[]> };
};
/** The sensitivity analysis the edition build published (results.json). */
const published = JSON.parse(readFileSync(resolve(edition, 'results.json'), 'utf8')).sensitivity as {
  runs: number;
  inputs: { input: string; first: number; total: number }[];
};
/** The uncertain inputs of the published spec: each alternatives list of two or more values, and the weights. */
const uncertainInputs = [
  ...Object.entries(spec.uncertainty.alternatives ?? {})
    .filter(([, list]) => list.length > 1)
    .map(([path]) => path),
  ...(spec.uncertainty.weightNoise ? ['weights'] : [])
].sort();
/** Size_group of iData.csv: the small economies. */
const smallCount = readFileSync(resolve(edition, 'iData.csv'), 'utf8')
  .split('\n')
  .filter((line) => line.includes(',Small,')).length;

async function ready(page: Page) {
  await expect(page.locator('.explorer')).toHaveAttribute('data-ready', 'true', { timeout: 10_000 });
  try {
    await expect(page.locator('.explorer')).toHaveAttribute('data-busy', 'false', { timeout: 20_000 });
  } catch (e) {
    console.log('explorer user timing', await explorerTimings(page));
    throw e;
  }
}

/**
 * Scrolls the "what moves" section into view until it stays put: the views above it render only near the viewport
 * (content-visibility), so the first scroll changes their height, and a click at the first position could miss.
 */
async function settleWhatMoves(page: Page) {
  const section = page.getByTestId('what-moves');
  let last = NaN;
  await expect
    .poll(async () => {
      await section.scrollIntoViewIfNeeded();
      const top = Math.round((await section.boundingBox())!.y);
      const still = top === last;
      last = top;
      return still;
    })
    .toBe(true);
  return section;
}

/** The page's User Timing entries for the explorer (dtr:explorer:*): its runs as they happened. */
function explorerTimings(page: Page) {
  return page.evaluate(() =>
    performance
      .getEntries()
      .filter((e) => e.name.startsWith('dtr:explorer:'))
      .map((e) => ({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration }))
  );
}

test.describe('index explorer', () => {
  test.beforeEach(async ({ page }) => {
    page.on('pageerror', (e) => console.log('PAGEERROR', e.message, e.stack?.slice(0, 800)));
    page.on('console', (m) => m.type() === 'error' && console.log('CONSOLE', m.text().slice(0, 500)));
  });

  test('changing a weight recomputes the ranking in the worker and writes the state to the URL', async ({
    page,
    baseURL
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('/explorer/');
    await ready(page);
    const before = await ranking(page);
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('#w-Goods').fill('5');
    await page.locator('#w-Goods').press('Enter');
    await expect(page).toHaveURL(/\?w=Goods:5$/);
    await expect.poll(() => ranking(page)).not.toEqual(before);
    await ready(page);
    // User Timing: the change is marked when applied, its index when rendered, and the dtr:explorer:settled measure
    // runs from the change until its ranking and intervals are rendered.
    const timings = () => explorerTimings(page).then((all) => all.filter((e) => e.start >= t0));
    await expect.poll(async () => (await timings()).filter((e) => e.name === 'dtr:explorer:settled').length).toBe(1);
    const byName = Object.fromEntries((await timings()).map((e) => [e.name, e]));
    expect(Object.keys(byName).sort()).toEqual(['dtr:explorer:change', 'dtr:explorer:index', 'dtr:explorer:settled']);
    expect(byName['dtr:explorer:settled'].start).toBe(byName['dtr:explorer:change'].start);
    expect(byName['dtr:explorer:index'].start).toBeGreaterThan(byName['dtr:explorer:change'].start);
    const settled = byName['dtr:explorer:settled'];
    expect(byName['dtr:explorer:index'].start).toBeLessThanOrEqual(settled.start + settled.duration);
    expect(watch.errors).toEqual([]);
    expect(watch.foreign).toEqual([]);
  });

  test('reloading the URL restores exactly the same view', async ({ page }) => {
    await page.goto('/explorer/?w=Services:4,GVCPart:2,Integration:1&norm=goalposts&agg=gmean&a=DEU&b=CHN&bri=1');
    await ready(page);
    const view = { rows: await ranking(page), position: await page.getByTestId('position').innerText() };
    expect(view.position).toMatch(/^Germany: rank \d+ of 173 \(5–95 %: \d+–\d+\)/);
    await page.reload();
    await ready(page);
    expect(await ranking(page)).toEqual(view.rows);
    expect(await page.getByTestId('position').innerText()).toBe(view.position);
    await expect(page.locator('#w-Services')).toHaveValue('4');
    await expect(page.locator('select[name=norm]')).toHaveValue('goalposts');
    await expect(page.locator('select[name=agg]')).toHaveValue('gmean');
    await expect(page.locator('input[name=bri]')).toBeChecked();
  });

  test('hostile URL values fall back to the published view without errors; reset clears the query', async ({
    page,
    baseURL
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('/explorer/');
    await ready(page);
    const published = { rows: await ranking(page), position: await page.getByTestId('position').innerText() };
    const long = 'x'.repeat(4000);
    await page.goto(
      `/explorer/?w=Goods:NaN,Services:1e999,DataInfra:-3,Nope:2,__proto__:1,IDI:99999999&norm=%3Cscript%3E&agg=${long}&treat=2&a=ZZZ&b=${long}&bri=true`
    );
    await ready(page);
    expect(await ranking(page)).toEqual(published.rows);
    expect(await page.getByTestId('position').innerText()).toBe(published.position);
    await expect(page).toHaveURL(/\/explorer\/$/);
    await page.goto('/explorer/?w=Goods:2');
    await ready(page);
    await page.getByRole('button', { name: 'Reset to the published spec' }).click();
    await expect(page).toHaveURL(/\/explorer\/$/);
    await ready(page);
    expect(await ranking(page)).toEqual(published.rows);
    expect(watch.errors).toEqual([]);
  });

  test('a second change supersedes a running uncertainty analysis', async ({ page }) => {
    await page.goto('/explorer/');
    await ready(page);
    const t0 = await page.evaluate(() => performance.now());
    // The second change follows at once, while the first run is in the workers (index or uncertainty draws).
    await page.locator('#w-Goods').fill('2');
    await page.locator('#w-Goods').press('Enter');
    await page.locator('#w-Goods').fill('4');
    await page.locator('#w-Goods').press('Enter');
    await ready(page);
    await expect(page).toHaveURL(/\?w=Goods:4$/);
    // What settled last is the second change.
    const timings = (await explorerTimings(page)).filter((e) => e.start >= t0);
    const changes = timings.filter((e) => e.name === 'dtr:explorer:change');
    expect(changes).toHaveLength(2);
    expect(timings.filter((e) => e.name === 'dtr:explorer:settled').at(-1)?.start).toBe(changes[1].start);
    const direct = await page.getByTestId('position').innerText();
    await page.goto('/explorer/?w=Goods:4');
    await ready(page);
    expect(await page.getByTestId('position').innerText()).toBe(direct);
  });

  test('without small economies the index is recomputed on the others: ranks change and the URL says small=0', async ({
    page,
    baseURL
  }) => {
    const watch = watchPage(page, baseURL!);
    await page.goto('/explorer/');
    await ready(page);
    const all = await ranking(page);
    expect(all).toHaveLength(173);
    // Small economies are tagged in the full table.
    expect(await page.locator('[data-testid=full-ranking] [data-small]').count()).toBe(smallCount);
    expect(smallCount).toBe(38);
    const position = await page.getByTestId('position').innerText();
    await page.locator('input[name=small]').uncheck();
    await expect(page).toHaveURL(/\?small=0$/);
    await ready(page);
    await expect.poll(async () => (await ranking(page)).length).toBe(173 - smallCount);
    const without = await ranking(page);
    expect(await page.locator('[data-testid=full-ranking] [data-small]').count()).toBe(0);
    const rankOf = (rows: string[], name: string) => rows.find((r) => r.includes(name))?.match(/^\d+/)?.[0];
    // China is not small: it is still ranked, higher than among all economies, and its position sentence says of 135.
    expect(Number(rankOf(without, 'China'))).toBeLessThan(Number(rankOf(all, 'China')));
    await expect(page.getByTestId('position')).toHaveText(/^China: rank \d+ of 135 \(5–95 %: \d+–\d+\)/);
    expect(await page.getByTestId('position').innerText()).not.toBe(position);
    // The view round-trips through the URL.
    await page.reload();
    await ready(page);
    await expect(page.locator('input[name=small]')).not.toBeChecked();
    expect(await ranking(page)).toEqual(without);
    await page.locator('input[name=small]').check();
    await expect(page).toHaveURL(/\/explorer\/$/);
    await ready(page);
    expect(await ranking(page)).toEqual(all);
    // A small economy compared in the view without small economies has no rank there.
    await page.goto('/explorer/?small=0&b=LUX');
    await ready(page);
    await expect(page.getByTestId('rank-LUX')).toHaveText('Not ranked');
    await expect(page.getByTestId('rank-CHN')).toHaveText(/^\d+ \(\d+–\d+\)$/);
    expect(watch.errors).toEqual([]);
  });

  for (const prefix of ['', '/zh']) {
    test(`${prefix}/explorer/ shows the published "what moves the ranking" at once, without a run`, async ({
      page
    }) => {
      await page.goto(`${prefix}/explorer/`);
      await ready(page);
      const section = await settleWhatMoves(page);
      await expect(section).toHaveAttribute('data-source', 'published');
      await expect(section).toHaveAttribute('data-status', 'idle');
      await expect(section.getByTestId('what-moves-run')).toHaveCount(0);
      await expect(section.getByTestId('what-moves-published')).toBeVisible();
      const rows = await section.locator('[data-testid=what-moves-table] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const d = (tr as HTMLElement).dataset;
          return { input: d.input!, first: Number(d.first), total: Number(d.total) };
        })
      );
      // The published numbers themselves (exact: the page writes them in full), most influential first.
      const expected = [...published.inputs]
        .sort((a, b) => b.total - a.total)
        .map(({ input, first, total }) => ({ input, first, total }));
      expect(rows).toEqual(expected);
      expect(rows.map((r) => r.input).sort()).toEqual(uncertainInputs);
      await expect(section.locator('svg')).toHaveCount(2);
      // Changing a choice leaves the published analysis behind: the reader can run one for the new view.
      await page.locator('select[name=agg]').selectOption('gmean');
      await expect(section).toHaveAttribute('data-source', 'none');
      await expect(section.getByTestId('what-moves-run')).toBeVisible();
      await page.locator('select[name=agg]').selectOption('amean');
      await expect(section).toHaveAttribute('data-source', 'published');
    });
  }

  test('what moves the ranking: a row per uncertain input of the spec, first-order ≤ total-order', async ({
    page,
    baseURL
  }) => {
    const watch = watchPage(page, baseURL!);
    // A changed view (geometric mean) has no published analysis: it is run in the browser.
    await page.goto('/explorer/?agg=gmean');
    await ready(page);
    const section = await settleWhatMoves(page);
    await expect(section.getByRole('heading', { name: 'What moves the ranking' })).toBeVisible();
    await expect(section).toHaveAttribute('data-source', 'none');
    await section.getByTestId('what-moves-run').click();
    await expect(section).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
    const rows = await section.locator('[data-testid=what-moves-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const d = (tr as HTMLElement).dataset;
        return {
          input: d.input!,
          first: Number(d.first),
          total: Number(d.total),
          firstCI: d.firstCi!.split(' ').map(Number),
          name: tr.querySelector('th')!.textContent!.trim()
        };
      })
    );
    expect(rows.map((r) => r.input).sort()).toEqual(uncertainInputs);
    for (const r of rows) {
      // First-order ≤ total-order holds for the true indices. The estimates are noisy, Saltelli's first-order one
      // most (in this view winsorising's first-order estimate is 0.034 against a total of 0.010), so the tolerance
      // is the width of the first-order 95 % bootstrap interval.
      const tol = r.firstCI[1] - r.firstCI[0];
      expect(r.first, `${r.input}: first ${r.first} ≤ total ${r.total} + ${tol}`).toBeLessThanOrEqual(r.total + tol);
      expect(r.total).toBeGreaterThan(0);
      expect(r.total).toBeLessThan(1.2);
      expect(r.name).not.toBe(r.input);
    }
    // Most influential first.
    expect(rows.map((r) => r.total)).toEqual([...rows.map((r) => r.total)].sort((a, b) => b - a));
    await expect(section.locator('svg')).toHaveCount(2);
    await expect(section).toHaveAttribute('data-source', 'live');
    await expectNoAxeViolations(page);
    // Another view: the result is marked as out of date until run again.
    await page.locator('select[name=norm]').selectOption('rank');
    await expect(section.locator('[data-testid=what-moves-table]')).toHaveCount(0);
    await expect(section).toContainText('The view has changed since this analysis');
    expect(watch.errors).toEqual([]);
  });

  test('cancelling what moves the ranking stops it; rank intervals computed meanwhile still arrive', async ({
    page
  }) => {
    await page.goto('/explorer/?agg=gmean');
    await ready(page);
    const section = await settleWhatMoves(page);
    await section.getByTestId('what-moves-run').click();
    await expect(section.locator('progress')).toBeVisible();
    // A weight change while the analysis runs starts the rank intervals on the same workers; then cancel.
    await page.locator('#w-Goods').fill('3');
    await page.locator('#w-Goods').press('Enter');
    await section.getByTestId('what-moves-cancel').click();
    await expect(section).toHaveAttribute('data-status', 'cancelled');
    await expect(section).toContainText('The analysis was cancelled.');
    await ready(page);
    await expect(page.getByTestId('position')).toHaveText(/\(5–95 %: \d+–\d+\)/);
    const position = await page.getByTestId('position').innerText();
    // It stays stopped: no result arrives later.
    await page.waitForTimeout(3000);
    await expect(section).toHaveAttribute('data-status', 'cancelled');
    await expect(section.locator('[data-testid=what-moves-table]')).toHaveCount(0);
    await page.goto('/explorer/?agg=gmean&w=Goods:3');
    await ready(page);
    expect(await page.getByTestId('position').innerText()).toBe(position);
  });

  test('the comparison marks carried-forward and imputed cells (flags.csv) with their year and reference year', async ({
    page
  }) => {
    const flags = readFileSync(resolve(edition, 'flags.csv'), 'utf8').trim().split('\n').slice(1);
    expect(flags).toContain('IND,InternetUse,carried-forward,2020,2022,0,NA');
    expect(flags).toContain('ABW,InternetUse,imputed,NA,2022,0,availableMean');
    await page.goto('/explorer/?a=IND&b=ABW');
    await ready(page);
    const panel = page.locator('.panel');
    const row = panel.locator('tr', { has: page.locator('th', { hasText: /^Individuals using the Internet/ }) });
    const cells = row.locator('td[data-flag]');
    await expect(cells).toHaveCount(2);
    await expect(cells.nth(0)).toHaveAttribute('data-flag', 'carried-forward');
    await expect(cells.nth(0)).toHaveText(/^2020\s*ref\. 2022$/);
    await expect(cells.nth(1)).toHaveAttribute('data-flag', 'imputed');
    await expect(panel.getByTestId('carried-IND')).toContainText('the 2020 value, reference year 2022');
    // Every carried-forward cell of the economy is listed, none left out.
    const india = flags.filter((f) => f.startsWith('IND,') && f.includes('carried-forward')).length;
    // (textContent: the panel below the fold is skipped for layout, so it has no innerText yet.)
    const listed = (await panel.getByTestId('carried-IND').textContent()) ?? '';
    expect(listed.match(/reference year \d{4}/g)).toHaveLength(india);
    await expect(panel.getByTestId('imputed-ABW')).toContainText('imputed (mean of the pillar’s other indicators)');
  });

  for (const path of ['/explorer/', '/zh/explorer/']) {
    test(`no axe violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      await expectNoAxeViolations(page);
    });
  }

  test('the ranking embed restores the state from its query string', async ({ page }) => {
    await page.goto('/explorer/?w=Goods:5');
    await ready(page);
    const first = (await ranking(page))[0];
    await page.goto('/embed/2026/index-ranking/?w=Goods:5');
    await ready(page);
    const label = await page.locator('svg text').filter({ hasText: /^1\. / }).first().textContent();
    expect(first).toContain(label!.replace(/^1\. /, ''));
    await expectNoAxeViolations(page);
  });
});

test.describe('index explorer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('shows the prerendered published ranking and hides the controls', async ({ page }) => {
    await page.goto('/explorer/');
    await expect(page.getByTestId('position')).toHaveText(/^China: rank \d+ of 173 \(5–95 %: \d+–\d+\)\s*$/);
    await expect(page.locator('[data-testid=full-ranking] tbody tr')).toHaveCount(173);
    await expect(page.locator('#w-Goods')).toBeHidden();
    await expect(page.locator('.nojs')).toContainText('Controls need JavaScript');
    await expect(page.locator('.chart svg').first()).toBeVisible();
  });
});

for (const [locale, path, text] of [
  ['en', '/explorer/', /China ranks 27th\. With other defensible choices .* between 23rd and 49th\./],
  ['zh', '/zh/explorer/', /中国排名第27位。.*第23位到第49位之间/]
] as const) {
  test(`explorer headline (${locale}) says in words where China ranks and what the interval means`, async ({
    page
  }) => {
    await page.goto(path);
    const headline = page.getByTestId('explorer-headline');
    await expect(headline.locator('.headline')).toHaveText(text);
    await expect(headline).toContainText(locale === 'en' ? 'starts at weight 0' : '初始权重为0');
  });
}
