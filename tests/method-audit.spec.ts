import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator } from '@playwright/test';

// The method and audit pages against the committed edition's method.json and the audit in results.json.
const index = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/data/editions/2026/index');
const json = (name: string) => JSON.parse(readFileSync(resolve(index, name), 'utf8'));
const method = json('method.json') as {
  coverage: {
    candidates: number;
    pillars: { code: string; indicators: string[]; required: number }[];
    excluded: { code: string; name: { en: string; zh: string }; pillars: { code: string }[] }[];
  };
  imputation: { cells: number; carriedForward: number };
};
const audit = json('results.json').audit as {
  cronbach: Record<string, { alpha: number }>;
  correlation: { spearman: { codes: string[]; matrix: number[][] } };
  external: Record<string, { pearson: number; pearsonLn: number | null; spearman: number; n: number }>;
  pcaIndicators: { varianceExplained: number[] };
};
const framework = json('framework.json') as {
  aggregates: { code: string; name: { en: string; zh: string } }[];
  indicators: { code: string; name: { en: string; zh: string } }[];
};
const pillarName = (code: string, locale: 'en' | 'zh') =>
  framework.aggregates.find((a) => a.code === code)!.name[locale];
/** A number as the page writes it (two decimals; the same digits in both locales). */
const two = (v: number) => v.toFixed(2);

for (const [prefix, locale] of [
  ['', 'en'],
  ['/zh', 'zh']
] as const) {
  test(`${prefix}/method/ states the coverage rule per pillar and lists every excluded economy with its reasons (${locale})`, async ({
    page
  }) => {
    await page.goto(`${prefix}/method/`);
    const rule = page.getByTestId('coverage-rule').locator('li');
    await expect(rule).toHaveCount(method.coverage.pillars.length);
    for (const [i, p] of method.coverage.pillars.entries()) {
      await expect(rule.nth(i)).toContainText(pillarName(p.code, locale));
      await expect(rule.nth(i)).toContainText(String(p.required));
      for (const code of p.indicators)
        await expect(rule.nth(i)).toContainText(framework.indicators.find((x) => x.code === code)!.name[locale]);
    }
    const list = page.getByTestId('exclusions-list');
    await expect(list.locator('summary')).toContainText(String(method.coverage.excluded.length));
    await expect(list.locator('summary')).toContainText(String(method.coverage.candidates));
    await list.locator('summary').click();
    const rows = page.getByTestId('exclusions').locator('tbody tr');
    await expect(rows).toHaveCount(method.coverage.excluded.length);
    // Andorra is short of the services rule only: one of the two indicators it needs.
    const andorra = method.coverage.excluded.find((x) => x.code === 'AND')!;
    const row = rows.filter({ hasText: andorra.name[locale] });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(
      locale === 'en' ? `${pillarName('Services', 'en')}: 1 of 2 needed` : `${pillarName('Services', 'zh')}：1个，需2个`
    );
    await expect(page.getByTestId('imputation')).toContainText(String(method.imputation.cells));
    await expect(page.getByTestId('carried-forward')).toContainText(String(method.imputation.carriedForward));
    // The redundancy evidence: the IDI moves with internet use at ρ = 0.94.
    await expect(page.getByTestId('external-decisions')).toContainText('0.94');
    await expect(page.getByTestId('pairs').locator('tbody tr')).toHaveCount(7);
    await expect(page.getByTestId('small-rule')).toContainText('38');
  });
}

const results = json('results.json') as {
  uncertainty: { draws: number };
  sensitivity: { samples: number; runs: number; inputs: { input: string; first: number; total: number }[] };
};
for (const [prefix, locale] of [
  ['', 'en'],
  ['/zh', 'zh']
] as const) {
  test(`${prefix}/method/ shows the published sensitivity table and which inputs the rank intervals vary (${locale})`, async ({
    page
  }) => {
    await page.goto(`${prefix}/method/`);
    const table = page.getByTestId('sensitivity');
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        input: (tr as HTMLElement).dataset.input!,
        first: Number((tr as HTMLElement).dataset.first),
        total: Number((tr as HTMLElement).dataset.total),
        inIntervals: tr.querySelectorAll('td')[1].textContent!.trim()
      }))
    );
    const expected = [...results.sensitivity.inputs].sort((a, b) => b.total - a.total);
    expect(rows.map(({ input, first, total }) => ({ input, first, total }))).toEqual(
      expected.map(({ input, first, total }) => ({ input, first, total }))
    );
    // Indicator inclusion and recency vary in the sensitivity analysis only, every other input in the intervals too.
    const [yes, no] = locale === 'en' ? ['yes', 'no'] : ['是', '否'];
    for (const r of rows) expect(r.inIntervals, r.input).toBe(['exclude', 'maxAge'].includes(r.input) ? no : yes);
    // Every cell of the table is the page's words, none the spec's codes.
    const text = await table.innerText();
    for (const code of ['availableMean', 'groupMean', 'HiTechExp', 'null', 'Income_group'])
      expect(text).not.toContain(code);
    // The draws as the locale writes them (1,000 in English, 1000 in Chinese).
    const inputs = (await page.getByTestId('uncertainty-inputs').textContent())!.replace(/,/g, '');
    expect(inputs).toContain(String(results.uncertainty.draws));
  });
}

test('flags.csv is served with its header and one row per flagged cell', async ({ page }) => {
  const flags = await page.request.get('/downloads/2026/flags.csv');
  expect(flags.status()).toBe(200);
  const lines = (await flags.text()).trim().split('\n');
  expect(lines[0]).toBe('uCode,iCode,flag,year,referenceYear,stale,method');
  expect(lines).toHaveLength(1 + method.imputation.cells + method.imputation.carriedForward);
});

for (const prefix of ['', '/zh']) {
  test(`${prefix}/audit/ shows α per aggregate, the PCA share, both matrices and the external correlations`, async ({
    page
  }) => {
    await page.goto(`${prefix}/method/`);
    await page.locator(`a[href="${prefix}/audit/"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/audit/$`));
    // Negative values (PCA loadings, correlations) carry the typeset minus U+2212, never the hyphen-minus.
    const cells = await page.locator('main td.num').allTextContents();
    expect(cells.some((c) => c.startsWith('\u2212'))).toBe(true);
    expect(cells.filter((c) => /-\d/.test(c))).toEqual([]);
    const alpha = page.getByTestId('cronbach');
    for (const [code, c] of Object.entries(audit.cronbach))
      await expect(alpha.locator(`td[data-code=${code}]`)).toHaveText(two(c.alpha));
    await expect(page.getByTestId('pca-all')).toContainText(
      (100 * audit.pcaIndicators.varianceExplained[0]).toFixed(1)
    );
    const { codes, matrix } = audit.correlation.spearman;
    await expect(page.getByTestId('matrix-spearman').locator('tbody tr')).toHaveCount(codes.length);
    await expect(page.getByTestId('matrix-pearson').locator('tbody tr')).toHaveCount(codes.length);
    const i = codes.indexOf('InternetUse');
    const j = codes.indexOf('DataInfra');
    await expect(
      page.getByTestId('matrix-spearman').locator(`td[data-row=InternetUse][data-column=DataInfra]`)
    ).toHaveText(two(matrix[i][j]));
    for (const id of ['heatmap-pearson', 'heatmap-spearman']) {
      // One cell per pair of rows in the visible layout (the prerendered phone layouts are hidden).
      const svg = page.getByTestId(id).locator('svg[role=img]').filter({ visible: true });
      await expect(svg).toHaveCount(1);
      await expect(svg.locator('g.cells rect')).toHaveCount(codes.length ** 2);
    }
    const external = page.getByTestId('external');
    await expect(external.locator('td[data-code=ln-GDPpc]')).toHaveText(two(audit.external.GDPpc.pearsonLn!));
    await expect(external.locator('td[data-code=IDI]')).toHaveText(two(audit.external.IDI.pearson));
    // One point per economy with both values, for each external measure.
    for (const code of ['IDI', 'GDPpc']) {
      const svg = page.getByTestId(`scatter-${code}`).locator('svg[role=img]').filter({ visible: true });
      await expect(svg.locator('g.points circle')).toHaveCount(audit.external[code].n);
    }
  });
}

test('/2026/audit/ is the same audit under the edition year, with its header link', async ({ page }) => {
  const response = await page.goto('/2026/audit/');
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId('cronbach').locator('td[data-code=DTDI]')).toHaveText(two(audit.cronbach.DTDI.alpha));
  await expect(page.locator('header nav a[href="/audit/"]')).toHaveCount(1);
});

test('every scrollable table and matrix of the audit page is reachable by keyboard and scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/audit/');
  const regions = page.locator('main [role=region][tabindex="0"]');
  const n = await regions.count();
  expect(n).toBeGreaterThan(8);
  const scrolls = async (region: Locator) => region.evaluate((el) => el.scrollWidth > el.clientWidth);
  let wide = 0;
  for (let k = 0; k < n; k++) {
    const region = regions.nth(k);
    await expect(region).toHaveAccessibleName(/.+/);
    if (!(await scrolls(region))) continue;
    wide++;
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  }
  // At 390 px at least the two heatmaps and their value tables are wider than the screen.
  expect(wide).toBeGreaterThanOrEqual(4);
  // Reached by Tab from the page, not only by focus(): the first scrollable region takes focus in tab order.
  await page.locator('main h1').click();
  for (let k = 0; k < 40; k++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'region')) break;
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
});
