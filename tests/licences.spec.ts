import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// A chart's licence follows its data (packages/data chartLicence): the cable chart is CC BY-NC-SA (TeleGeography), the
// NBS province map and the BRI list print the source's terms, never the report's CC BY 4.0.

const download = async (page: import('@playwright/test').Page, name: string) => {
  const waiting = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Chart actions' }).getByRole('button', { name }).click();
  const file = await waiting;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
};

test('the cable chart’s embed, SVG, PNG and CSV carry CC BY-NC-SA 3.0 with TeleGeography’s wording', async ({
  page
}) => {
  await page.goto('/embed/2026/data-cables/');
  // One control under the chart opens the credits, the buttons and the table.
  await page.locator('details.more > summary').click();
  const licence = page.locator('figure.dtr-frame a[rel="license"]');
  await expect(licence).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-nc-sa/3.0/');
  await expect(licence).toContainText(
    'CC BY-NC-SA 3.0: TeleGeography, Submarine Cable Map: “Our map is made available under'
  );
  await expect(page.locator('figure.dtr-frame')).not.toContainText('CC BY 4.0');

  const svg = await download(page, 'Download SVG');
  expect(svg.name).toBe('data-cables.svg');
  expect(svg.bytes.toString('utf8')).toContain('Licence: CC BY-NC-SA 3.0: TeleGeography, Submarine Cable Map');

  const png = await download(page, 'Download PNG');
  expect(png.name).toBe('data-cables.png');
  // The PNG is drawn from the same SVG (title, chart and footer lines); check it is a real PNG of a useful size.
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.length).toBeGreaterThan(10_000);

  const csv = await download(page, 'Download CSV');
  const text = csv.bytes.toString('utf8');
  expect(
    text.startsWith('\ufeffReady-for-service year,Mainland China,Hong Kong,Belt and Road members,World\n1989,')
  ).toBe(true);
  expect(text).toMatch(/\n\nSources,.*TeleGeography.*\nLicence,"?CC BY-NC-SA 3\.0: TeleGeography, Submarine Cable Map/);
});

test('the static CSV of the cable chart ends with its licence', async ({ request }) => {
  const text = await (await request.get('/charts/2026/data-cables.csv')).text();
  expect(text).toMatch(/\nLicence,"?CC BY-NC-SA 3\.0: TeleGeography, Submarine Cable Map: “Our map is made available/);
});

for (const id of ['guangdong-trade-map', 'bri-map']) {
  test(`${id} prints the source’s terms, not CC BY 4.0`, async ({ page }) => {
    await page.goto(`/embed/2026/${id}/`);
    const frame = page.locator('figure.dtr-frame');
    await expect(frame).toContainText('Licence: Source’s terms:');
    await expect(frame).not.toContainText('CC BY 4.0');
  });
}

test('on the Chinese embed the licensor’s English wording is marked lang="en" and the rest is Chinese', async ({
  page
}) => {
  await page.goto('/zh/embed/2026/data-cables/');
  // The one-line credit names the licence; the credits in the disclosure quote the wording.
  await expect(page.locator('figure.dtr-frame .credit .licence')).toContainText('CC BY-NC-SA 3.0');
  await page.locator('details.more > summary').click();
  const licence = page.locator('figure.dtr-frame footer a[rel="license"]');
  await expect(licence).toContainText('CC BY-NC-SA 3.0：TeleGeography，海底光缆地图：“');
  await expect(licence.locator('span[lang="en"]').first()).toContainText('Our map is made available under');
});
