import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { watchPage } from './support/guards';
import { embedFrame, hostPage, hostilePage, postHostileMessages } from './support/host-pages';

const host = (src: string) => hostPage({ frames: [embedFrame({ src })], hostScript: '/embed.js' });

for (const path of ['/embed/2026/dds-china/', '/zh/embed/2026/dds-china/']) {
  test.describe(`embed ${path}`, () => {
    test('resizes its iframe in a host page to fit the chart', async ({ page, baseURL }) => {
      await page.route(`${baseURL}/__host.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: host(path) })
      );
      await page.goto('/__host.html');
      const frame = page.frameLocator('#chart');
      await expect(frame.locator('svg').first()).toBeVisible();
      const iframe = page.locator('#chart');
      await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0).toBeGreaterThan(300);
      const inner = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      const outer = (await iframe.boundingBox())!.height;
      expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
    });

    test('ignores resize messages that do not come from its iframe', async ({ page, baseURL }) => {
      await page.route(`${baseURL}/__host.html`, (route) =>
        route.fulfill({ contentType: 'text/html', body: host(path) })
      );
      await page.goto('/__host.html');
      await expect.poll(async () => (await page.locator('#chart').boundingBox())?.height ?? 0).toBeGreaterThan(300);
      const before = (await page.locator('#chart').boundingBox())!.height;
      await page.evaluate(() => window.postMessage({ type: 'dtr:resize', id: 'dds-china', height: 5 }, '*'));
      await page.waitForTimeout(100);
      expect((await page.locator('#chart').boundingBox())!.height).toBe(before);
    });

    test('renders alone, cleanly, with no axe violations', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto(path);
      await expect(page.locator('svg').first()).toBeVisible();
      await expectNoAxeViolations(page);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });
  });
}

test.describe('embed without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('still shows the prerendered chart', async ({ page }) => {
    await page.goto('/embed/2026/dds-china/');
    await expect(page.locator('svg').first()).toBeVisible();
  });
});

test.describe('embed in a sandboxed iframe', () => {
  const sandboxed = (sandbox: string) => `<!doctype html><html lang="en"><head><title>Host</title></head><body>
<main><h1>A sandboxing host</h1>
<iframe id="chart" src="/embed/2026/dds-china/" title="Embedded chart" data-dtr-embed="dds-china" sandbox="${sandbox}"
  style="width:0;min-width:100%;border:0" height="150"></iframe>
<script src="/embed.js"></script></main></body></html>`;

  test('with scripts allowed it still resizes to fit', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/__host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: sandboxed('allow-scripts allow-same-origin allow-downloads') })
    );
    await page.goto('/__host.html');
    await expect(page.frameLocator('#chart').locator('svg').first()).toBeVisible();
    await expect.poll(async () => (await page.locator('#chart').boundingBox())?.height ?? 0).toBeGreaterThan(300);
  });

  test('with everything locked down the prerendered chart is still there', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/__host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: sandboxed('') })
    );
    await page.goto('/__host.html');
    const frame = page.frameLocator('#chart');
    await expect(frame.locator('svg').first()).toBeAttached();
    expect(await frame.locator('svg path').count()).toBeGreaterThan(2);
  });
});

test.describe('a chart embed without client-side Svelte', () => {
  test('loads one small script, and its buttons work: CSV, SVG, embed code, data table', async ({
    page,
    context,
    baseURL
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/embed/2026/dds-china/');
    // One control under the chart opens the credits, the buttons and the table.
    await page.locator('details.more > summary').click();
    const actions = page.getByRole('group', { name: 'Chart actions' });
    await expect(actions).toBeVisible();
    expect(scripts).toEqual(['/embed-frame.js']);

    const csv = page.waitForEvent('download');
    await actions.getByRole('button', { name: 'Download CSV' }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe('dds-china.csv');
    const csvText = readFileSync((await csvFile.path())!, 'utf8');
    expect(csvText.startsWith('\ufeffYear,Exports (US$),Imports (US$),Balance (US$)\n2010,56020000000,')).toBe(true);

    const svg = page.waitForEvent('download');
    await actions.getByRole('button', { name: 'Download SVG' }).click();
    const svgText = readFileSync((await (await svg).path())!, 'utf8');
    expect(svgText).toContain('digitally deliverable services trade');
    expect(svgText).toContain('Source: UNCTAD');
    expect(svgText).toContain('Licence: CC BY 4.0');

    await actions.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.locator('[data-frame-status]')).toHaveText('Copied to clipboard');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`<iframe src="${baseURL}/embed/2026/dds-china/"`);
    expect(code).toContain(`<script src="${baseURL}/embed.js" async></script>`);

    // The table is in the same disclosure: no second "Show data table" control.
    await expect(actions.getByRole('button', { name: 'Show data table' })).toHaveCount(0);
    await expect(page.locator('figure table')).toBeVisible();

    // PNG at 2× the export's size, with the notes, source, licence and citation inside the image.
    const { width, height } = svgSize(svgText);
    const png = page.waitForEvent('download');
    await actions.getByRole('button', { name: 'Download PNG' }).click();
    const pngBytes = readFileSync((await (await png).path())!);
    expect([pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20)]).toEqual([
      Math.round(width * 2),
      Math.round(height * 2)
    ]);
    const lines = [...svgText.matchAll(/<text[^>]* y="([\d.]+)"[^>]*font-size="11"[^>]*>([^<]*)<\/text>/g)];
    const last = lines[lines.length - 1];
    expect(
      lines.some((m) => m[2].startsWith('Notes:')),
      'notes in the export'
    ).toBe(true);
    expect(
      lines.some((m) => m[2].startsWith('Cite as:')),
      'citation in the export'
    ).toBe(true);
    expect(svgText).not.toMatch(/Cite as[^<]*…/);
    expect(Number(last[1]) + 4, 'last credit line inside the image').toBeLessThanOrEqual(height);
    // Pixels: the band of the last credit line holds drawn text (not background) in the decoded PNG.
    const inked = await page.evaluate(
      async ({ data, top, bottom }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const g = canvas.getContext('2d')!;
        g.drawImage(image, 0, 0);
        const band = g.getImageData(0, top, image.width, bottom - top).data;
        const [r, gr, b] = g.getImageData(1, image.height - 2, 1, 1).data;
        let n = 0;
        for (let i = 0; i < band.length; i += 4)
          if (Math.abs(band[i] - r) + Math.abs(band[i + 1] - gr) + Math.abs(band[i + 2] - b) > 120) n++;
        return n;
      },
      {
        data: pngBytes.toString('base64'),
        top: Math.round((Number(last[1]) - 10) * 2),
        bottom: Math.round((Number(last[1]) + 3) * 2)
      }
    );
    expect(inked, 'ink in the last credit line of the PNG').toBeGreaterThan(50);
  });
});

/** Width and height of an exported SVG document (its viewBox). */
function svgSize(svg: string): { width: number; height: number } {
  const m = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/);
  if (!m) throw new Error('exported SVG has no viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}

test.describe('the host script trusts nothing but the report’s own frames', () => {
  const height = async (page: Page, id: string) => (await page.locator(`#${id}`).boundingBox())?.height ?? 0;

  test('a frame from another origin posing as the report, and an unmarked frame, are left alone', async ({
    page,
    baseURL
  }) => {
    // Three origins: the report on baseURL, the host page and the impostor on two others (all loopback, so the
    // browser lets the host page load the report).
    const port = Number(new URL(baseURL!).port);
    const hostUrl = `http://127.0.0.1:${port}/__host.html`;
    const impostor = `http://127.0.0.1:${port + 1}/__impostor.html`;
    await page.route(impostor, (route) => route.fulfill({ contentType: 'text/html', body: hostilePage }));
    await page.route(hostUrl, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: hostPage({
          frames: [
            embedFrame({ src: `${baseURL}/embed/2026/dds-china/` }),
            embedFrame({ src: impostor, id: 'impostor' }),
            embedFrame({ src: `${baseURL}/embed/2026/dds-china/`, id: 'unmarked', marked: false })
          ],
          hostScript: `${baseURL}/embed.js`
        })
      })
    );
    await page.goto(hostUrl);
    await expect.poll(() => height(page, 'chart')).toBeGreaterThan(300);
    // The impostor has posted 20,000 px a dozen times by now; the unmarked report frame has posted its real height.
    await expect.poll(() => page.frame({ url: impostor })?.evaluate('n'), { timeout: 5_000 }).toBeGreaterThan(20);
    expect(await height(page, 'impostor')).toBe(150);
    expect(await height(page, 'unmarked')).toBe(150);
  });

  test('hostile heights from the report’s own frame are ignored', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/__host.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: host('/embed/2026/dds-china/') })
    );
    await page.goto('/__host.html');
    await expect.poll(() => height(page, 'chart')).toBeGreaterThan(300);
    const before = await height(page, 'chart');
    const frame = page.frames().find((f) => f.url().includes('/embed/2026/dds-china/'))!;
    expect(await frame.evaluate(postHostileMessages)).toBeGreaterThan(10);
    await page.waitForTimeout(300);
    expect(await height(page, 'chart')).toBe(before);
  });
});
