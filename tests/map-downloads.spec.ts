import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// An embed prerenders a ladder of layouts and the widest holds the map drawings the others <use> (context.ts shared):
// the SVG a reader downloads is the layout shown, with those drawings copied in, and the PNG is drawn from it.

const download = async (page: Page, name: string) => {
  const waiting = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Chart actions' }).getByRole('button', { name }).click();
  return readFileSync((await (await waiting).path())!);
};

for (const { path, licence } of [
  { path: '/embed/2026/data-cable-map/', licence: 'Licence: CC BY-NC-SA 3.0' },
  { path: '/embed/2026/bri-map/', licence: 'Licence:' }
])
  for (const width of [390, 1366])
    test(`${path} at ${width} px: the SVG holds every drawing it uses, the PNG the map, credits and licence`, async ({
      page
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await page.locator('details.more > summary').click();
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.chart svg')].findIndex((s) => s.getClientRects().length > 0)
      );
      // At 390 px a phone layout is shown, which uses the drawings of the widest; at 1366 px the widest itself.
      expect(shown).toBe(width === 390 ? 4 : 0);
      const svg = (await download(page, 'Download SVG')).toString('utf8');
      const refs = [...svg.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      expect(
        refs.filter((id) => !svg.includes(`id="${id}"`)),
        'references without their element'
      ).toEqual([]);
      expect(svg).not.toContain('<use');
      expect(svg).toContain(licence);

      const screen = await page.locator('.chart svg').nth(shown).screenshot();
      const png = await download(page, 'Download PNG');
      const ink = await page.evaluate(
        async ({ data, screen, svg, licence }) => {
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          const chart = doc.querySelector('svg > svg')!;
          const top = Number(chart.getAttribute('y'));
          const height = Number(chart.getAttribute('height'));
          const lineY = Number(
            [...doc.querySelectorAll('text')].find((t) => t.textContent?.includes(licence))?.getAttribute('y')
          );
          const decode = async (base64: string) => {
            const image = new Image();
            image.src = `data:image/png;base64,${base64}`;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = image.width;
            canvas.height = image.height;
            const g = canvas.getContext('2d')!;
            g.drawImage(image, 0, 0);
            return g;
          };
          // Share of a band's pixels that differ from the background (the image's bottom-left pixel).
          const inked = (g: CanvasRenderingContext2D, y0: number, y1: number) => {
            const { width, height } = g.canvas;
            const [r, gr, b] = g.getImageData(1, height - 2, 1, 1).data;
            const band = g.getImageData(0, Math.round(y0), width, Math.round(y1 - y0)).data;
            let n = 0;
            for (let i = 0; i < band.length; i += 4)
              if (Math.abs(band[i] - r) + Math.abs(band[i + 1] - gr) + Math.abs(band[i + 2] - b) > 60) n++;
            return n / (band.length / 4);
          };
          const file = await decode(data);
          const scale = file.canvas.width / Number(doc.documentElement.getAttribute('width'));
          const shown = await decode(screen);
          // The map is the lower 60 % of the chart (the legend is above it), in the file and on screen.
          return {
            file: inked(file, (top + height * 0.4) * scale, (top + height) * scale),
            screen: inked(shown, shown.canvas.height * 0.4, shown.canvas.height),
            licence: inked(file, (lineY - 10) * scale, (lineY + 3) * scale)
          };
        },
        { data: png.toString('base64'), screen: screen.toString('base64'), svg, licence }
      );
      // The PNG's map is the one on screen: as much of its band drawn (land, routes, points), within 15 % (antialiasing).
      expect(ink.file, 'share of the map band drawn in the PNG').toBeGreaterThan(ink.screen * 0.85);
      expect(ink.file, 'share of the map band drawn in the PNG').toBeLessThan(ink.screen * 1.15);
      expect(ink.licence, 'share of the licence line drawn in the PNG').toBeGreaterThan(0.02);
    });
