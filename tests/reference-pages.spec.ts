import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from '../apps/report/node_modules/fflate/esm/index.mjs';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';

const edition = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/data/editions/2026');
const read = (path: string) => readFileSync(resolve(edition, path), 'utf8');
const ledger = JSON.parse(read('claims.json')) as {
  claims: { id: string; topic: string }[];
  conflicts: { id: string }[];
};
const manifest = JSON.parse(read('manifest.json')) as { sources: { id: string; licence: string }[]; series: string[] };

const pages = ['/explorer/', '/method/', '/audit/', '/sources/', '/claims/', '/downloads/'];

for (const locale of ['', '/zh']) {
  for (const path of pages) {
    test(`${locale}${path} is linked from the header, clean and has no axe violations`, async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto(`${locale}/`);
      await page.locator(`header nav a[href="${locale}${path}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${locale}${path}$`));
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', locale ? 'zh-CN' : 'en');
      if (path === '/explorer/') await expect(page.locator('.explorer')).toHaveAttribute('data-busy', 'false');
      await expectNoAxeViolations(page);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });
  }
}

test.describe('claims page', () => {
  test('filters by topic, text, indicator and search', async ({ page }) => {
    await page.goto('/claims/');
    const rows = page.locator('[data-testid=claims-table] tbody tr:not([hidden])');
    await expect(rows).toHaveCount(ledger.claims.length);
    await page.locator('select[name=topic]').selectOption('services');
    await expect(rows).toHaveCount(ledger.claims.filter((c) => c.topic === 'services').length);
    await expect(page.getByTestId('claims-count')).toContainText(
      `${ledger.claims.filter((c) => c.topic === 'services').length} of`
    );
    await page.locator('select[name=topic]').selectOption('');
    await page.locator('input[name=q]').fill('zzzz-no-such-text');
    await expect(rows).toHaveCount(0);
  });

  test('shows every conflict group with its claims side by side', async ({ page }) => {
    await page.goto('/claims/');
    await expect(page.locator('article.conflict')).toHaveCount(ledger.conflicts.length);
    const dds = page
      .locator('article.conflict')
      .filter({ has: page.locator('.card.dataset') })
      .first();
    await expect(dds.locator('.card')).not.toHaveCount(0);
  });
});

test.describe('claims page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists every claim as a full table', async ({ page }) => {
    await page.goto('/claims/');
    await expect(page.locator('[data-testid=claims-table] tbody tr')).toHaveCount(ledger.claims.length);
    await expect(page.locator('select[name=topic]')).toHaveCount(0);
  });
});

test('sources page lists every source of the manifest with its licence', async ({ page }) => {
  await page.goto('/sources/');
  for (const s of manifest.sources) {
    await expect(page.locator(`section#${s.id}`)).toContainText(s.licence);
  }
});

test('method page names every formula and the index indicators', async ({ page }) => {
  await page.goto('/method/');
  for (const id of [
    'growth',
    'cagr',
    'share',
    'rca',
    'tc',
    'hhi',
    'theil',
    'gini',
    'kpww',
    'minmax',
    'zscore',
    'goalposts',
    'rank',
    'winsorise',
    'means',
    'uncertainty'
  ])
    await expect(page.locator(`#f-${id}`)).toHaveCount(1);
  const framework = JSON.parse(read('index/framework.json')) as { indicators: { code: string }[] };
  for (const ind of framework.indicators)
    await expect(page.locator('section', { has: page.locator('#index') })).toContainText(ind.code);
});

test.describe('downloads', () => {
  const download = async (page: import('@playwright/test').Page, file: string) => {
    await page.goto('/downloads/');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`a[data-file="${file}"]`).click()]);
    return readFileSync((await dl.path())!);
  };

  test('claims.csv, claims.json, spec.json, the COINr files and the method files are the edition files', async ({
    page
  }) => {
    for (const [file, path] of [
      ['claims.csv', 'claims.csv'],
      ['claims.json', 'claims.json'],
      ['spec.json', 'index/spec.json'],
      ['iData.csv', 'index/iData.csv'],
      ['iMeta.csv', 'index/iMeta.csv'],
      ['iYears.csv', 'index/iYears.csv'],
      ['framework.json', 'index/framework.json'],
      ['method.json', 'index/method.json'],
      ['flags.csv', 'index/flags.csv'],
      ['external.csv', 'index/external.csv']
    ]) {
      expect((await download(page, file)).toString('utf8'), file).toBe(read(path));
    }
  });

  test('index-results.csv ranks every economy of iData with intervals', async ({ page }) => {
    const text = (await download(page, 'index-results.csv')).toString('utf8').trim().split('\n');
    const units = read('index/iData.csv')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(text[0]).toBe(
      'uCode,uName,BRI,Goods,Services,DataInfra,Integration,DTDI,Rank,RankMedian,RankQ05,RankQ95,Small,RankWithoutSmall,Imputed,CarriedForward'
    );
    expect(text.slice(1).map((l) => l.split(',')[0])).toEqual(units);
    const ranks = text.slice(1).map((l) => Number(l.split(',').at(-8)));
    expect([...ranks].sort((a, b) => a - b)[0]).toBe(1);
    expect(Math.max(...ranks)).toBeLessThanOrEqual(units.length);
  });

  test('edition.zip holds every edition file, each series as CSV, and a README with every licence', async ({
    page
  }) => {
    const zip = unzipSync(new Uint8Array(await download(page, 'edition.zip')));
    const root = 'dtr-edition-2026/';
    expect(strFromU8(zip[`${root}manifest.json`])).toBe(read('manifest.json'));
    expect(strFromU8(zip[`${root}claims.csv`])).toBe(read('claims.csv'));
    expect(strFromU8(zip[`${root}index/iData.csv`])).toBe(read('index/iData.csv'));
    for (const id of manifest.series) {
      expect(strFromU8(zip[`${root}series/${id}.json`])).toBe(read(`series/${id}.json`));
      expect(zip[`${root}csv/${id}.csv`], id).toBeDefined();
    }
    const series = JSON.parse(read('series/gdp.json')) as {
      years: number[];
      values: Record<string, (number | null)[]>;
      scale: number;
    };
    const csv = strFromU8(zip[`${root}csv/gdp.csv`]);
    const y = series.years.indexOf(2023);
    expect(csv).toContain(`CHN,2023,${Number((series.values.CHN[y]! * series.scale).toPrecision(12))}\n`);
    const readme = strFromU8(zip[`${root}README.md`]);
    for (const s of manifest.sources) expect(readme).toContain(`Licence: ${s.licence}`);
  });
});
