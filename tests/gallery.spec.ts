import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './support/guards';

// The gallery shows every @dtr/ui chart type in its frame (apps/report/src/routes/[[lang=lang]]/gallery).
const CHART_COUNT = 14;

for (const [locale, path, labels] of [
  ['en', '/gallery/', { csv: 'Download CSV', show: 'Show data table', hide: 'Hide data table', dark: 'Dark theme' }],
  ['zh', '/zh/gallery/', { csv: '下载 CSV', show: '显示数据表', hide: '隐藏数据表', dark: '深色主题' }]
] as const) {
  test.describe(`gallery (${locale})`, () => {
    test('renders every chart as a named SVG image with a frame and no errors', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL!);
      await page.goto(path);
      const frames = page.locator('figure.dtr-frame');
      await expect(frames).toHaveCount(CHART_COUNT);
      // Each frame prerenders three layouts (phone, tablet, desktop); the reader sees one, so count the visible ones.
      // The name is polled: hydration replaces the prerendered layouts and their title ids.
      const visible = page.locator('figure.dtr-frame svg[role="img"]:visible');
      await expect(visible).toHaveCount(CHART_COUNT);
      for (let i = 0; i < CHART_COUNT; i++) {
        await expect
          .poll(() =>
            visible.nth(i).evaluate((el) => {
              const ids = (el.getAttribute('aria-labelledby') ?? '').split(' ');
              return ids
                .map((id) => document.getElementById(id)?.textContent ?? '')
                .join(' ')
                .trim().length;
            })
          )
          .toBeGreaterThan(10);
      }
      await expect(page.getByRole('button', { name: labels.csv })).toHaveCount(CHART_COUNT);
      expect(watch.errors).toEqual([]);
      expect(watch.foreign).toEqual([]);
    });

    test('walks the line chart and its actions with the keyboard', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: labels.csv }).first()).toBeVisible();
      const slider = page.getByRole('slider').first();
      // Tab from the top of the page until the chart's keyboard layer has focus.
      for (let i = 0; i < 10 && !(await slider.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(slider).toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuenow', '2010');
      const live = page.locator('figure.dtr-frame [aria-live="polite"]').first();
      await expect(live).toContainText('2010');
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuenow', '2024');
      await expect(live).toContainText('2024');
      await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveAttribute('aria-valuenow', '2023');

      // Next stops: source link, licence link, then the actions in order.
      const csv = page.getByRole('button', { name: labels.csv }).first();
      for (let i = 0; i < 5 && !(await csv.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(csv).toBeFocused();
      const downloading = page.waitForEvent('download');
      await page.keyboard.press('Enter');
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('gallery-line.csv');

      // The pointer drives the same tooltip: hovering the left edge of the plot selects the first year.
      const box = (await slider.boundingBox())!;
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await expect(slider).toHaveAttribute('aria-valuenow', '2010');

      const toggle = page.getByRole('button', { name: labels.show }).first();
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: labels.hide }).first()).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('figure.dtr-frame details').first().locator('table')).toBeVisible();
    });

    test('reaches every frame action by Tab in document order', async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: labels.csv }).first()).toBeVisible();
      const seen = new Set<string>();
      for (let i = 0; i < 400 && seen.size < CHART_COUNT; i++) {
        await page.keyboard.press('Tab');
        const frameId = await page.evaluate(() => {
          const el = document.activeElement;
          if (!(el instanceof HTMLButtonElement)) return null;
          return el.closest('figure.dtr-frame')?.querySelector('cite')?.textContent ?? null;
        });
        if (frameId) seen.add(frameId);
      }
      expect(seen.size).toBe(CHART_COUNT);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`has no axe violations in the ${theme} theme, with a data table open`, async ({ page }) => {
        // axe walks twelve charts' worth of SVG nodes; it needs longer than the default on two cores.
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expect(page.getByRole('button', { name: labels.csv }).first()).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await page.getByRole('button', { name: labels.show }).first().click();
        // Children of role="img" are presentational (WAI-ARIA), so axe checks each chart's <svg> but not its ~2,000
        // marks; without the exclusion one run takes over 30 s on two cores.
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .exclude('svg[role="img"] > *')
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          []
        );
      });
    }

    test('switches theme with the keyboard', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      const toggle = page.getByRole('button', { name: labels.dark });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const bg = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--dtr-bg').trim()
      );
      expect(bg).toBe('#16181d');
    });
  });
}

for (const width of [320, 1500]) {
  test(`no chart label overlaps another or leaves its SVG at a ${width} px viewport`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/gallery/', '/zh/gallery/']) {
      await page.goto(path);
      await expect(page.locator('figure.dtr-frame button').first()).toBeVisible();
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        for (const fig of document.querySelectorAll('figure.dtr-frame')) {
          const svg = fig.querySelector('svg');
          if (!svg) continue;
          const id = fig.querySelector('cite')?.textContent ?? '';
          const frame = svg.getBoundingClientRect();
          // Each label as the four screen corners of its box, so rotated labels (sunburst) are compared as drawn.
          const boxes = [...svg.querySelectorAll('text')]
            .filter((t) => t.textContent?.trim())
            .map((t) => {
              const b = t.getBBox();
              const m = t.getScreenCTM()!;
              const at = (x: number, y: number) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
              const corners = [
                at(b.x, b.y),
                at(b.x + b.width, b.y),
                at(b.x + b.width, b.y + b.height),
                at(b.x, b.y + b.height)
              ];
              return { text: t.textContent, corners };
            });
          // Separating-axis test for two convex quadrilaterals, with 1.5 px of tolerance.
          const separated = (p: { x: number; y: number }[], q: { x: number; y: number }[]) =>
            [p, q].some((poly) =>
              poly.some((a, i) => {
                const b = poly[(i + 1) % poly.length];
                const axis = { x: a.y - b.y, y: b.x - a.x };
                const len = Math.hypot(axis.x, axis.y) || 1;
                const proj = (pts: typeof p) => pts.map((c) => (c.x * axis.x + c.y * axis.y) / len);
                const [pp, qq] = [proj(p), proj(q)];
                return Math.max(...pp) - 1.5 <= Math.min(...qq) || Math.max(...qq) - 1.5 <= Math.min(...pp);
              })
            );
          boxes.forEach((a, i) => {
            const xs = a.corners.map((c) => c.x);
            if (Math.min(...xs) < frame.left - 1 || Math.max(...xs) > frame.right + 1)
              out.push(`${id}: "${a.text}" leaves the SVG`);
            for (const b of boxes.slice(i + 1)) {
              if (!separated(a.corners, b.corners)) out.push(`${id}: "${a.text}" overlaps "${b.text}"`);
            }
          });
        }
        return out;
      });
      expect(problems).toEqual([]);
    }
  });
}

// On a phone the sunburst's, heatmap's and treemap's labels are whole or absent (the name is in the table and the
// description), never cut with an ellipsis: the sunburst wraps along its arc or radius, the heatmap shows every other
// year whole, the treemap drops a header's value before its name (issue 13; "20…", "Insuran…", "Guangdong 13 trillion…"
// before).
for (const width of [320, 390]) {
  test(`at ${width} px the sunburst, heatmap and treemap labels are whole and at least 11 px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/gallery/', '/zh/gallery/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const found = await page.evaluate(() => {
        const out: { kind: string; texts: number; cut: string[]; small: string[] }[] = [];
        for (const kind of ['arcs', 'cells', 'rects']) {
          for (const g of document.querySelectorAll(`.dtr-chart svg g.${kind}`)) {
            const svg = g.closest('svg')!;
            if (!svg.getBoundingClientRect().width) continue;
            const texts = [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().width > 0);
            const scale = Math.hypot(svg.getScreenCTM()!.a, svg.getScreenCTM()!.b);
            out.push({
              kind,
              texts: texts.length,
              cut: texts.map((t) => t.textContent ?? '').filter((t) => t.includes('…')),
              small: texts
                .filter((t) => parseFloat(getComputedStyle(t).fontSize) * scale < 11 - 0.05)
                .map((t) => t.textContent ?? '')
            });
          }
        }
        return out;
      });
      expect(found.map((f) => f.kind).sort(), path).toEqual(['arcs', 'cells', 'rects']);
      for (const f of found) {
        expect(f.texts, `${path} ${f.kind} labelled`).toBeGreaterThan(5);
        expect(f.cut, `${path} ${f.kind} cut labels`).toEqual([]);
        expect(f.small, `${path} ${f.kind} text under 11 px`).toEqual([]);
      }
    }
  });
}

test('hydration does not change the size of any chart (no layout shift)', async ({ browser }) => {
  const sizes = async (javaScriptEnabled: boolean) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto('/gallery/');
    if (javaScriptEnabled) await expect(page.locator('figure.dtr-frame button').first()).toBeVisible();
    const out = await page
      .locator('.dtr-chart')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
    await context.close();
    return out;
  };
  const before = await sizes(false);
  expect(before).toHaveLength(CHART_COUNT);
  expect(await sizes(true)).toEqual(before);
});

test('downloads the SVG (with title, source and citation, theme colours resolved), a PNG and the CSV', async ({
  page
}) => {
  // The export code is not part of the page's JavaScript: it loads on the first download click (frame-actions.ts).
  const scripts: string[] = [];
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/gallery/');
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  const frame = page.locator('figure.dtr-frame').first();
  const svgDownload = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Download SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('gallery-line.svg');
  const svgText = await (
    await svg.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(svgText).toContain('<svg');
  expect(svgText).not.toContain('var(--dtr');
  // The file carries its title and citation, so it can travel on its own.
  expect(svgText).toContain('>ICT service exports</text>');
  expect(svgText).toContain('Cite as: Digital Trade Report, 2026 edition, chart gallery-line');
  expect(scripts.length, 'export code fetched on the first click').toBeGreaterThan(before);
  const pngDownload = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Download PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('gallery-line.png');
  const bytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  // A blank 2× canvas of this size compresses to well under 10 kB; the drawn chart does not.
  expect(bytes.length).toBeGreaterThan(10_000);
  const csvDownload = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('gallery-line.csv');
  const csvText = await (await csv.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'));
  // A byte-order mark, a header row, the rows, then the source and licence records.
  expect(csvText.startsWith('\ufeff')).toBe(true);
  expect(csvText.split('\n').length).toBeGreaterThan(5);
  expect(csvText).toMatch(/\nLicence,/);
});

test('chart transitions run only when the reader has not asked for reduced motion', async ({ page }) => {
  const duration = async (reducedMotion: 'reduce' | 'no-preference') => {
    await page.emulateMedia({ reducedMotion });
    await page.goto('/gallery/');
    // After hydration: the prerendered layouts are replaced by the chart drawn at its container's width.
    await expect(page.locator('figure.dtr-frame button').first()).toBeVisible();
    return page
      .locator('figure.dtr-frame svg path[stroke-linecap="round"]')
      .first()
      .evaluate((el) =>
        Math.max(
          ...getComputedStyle(el)
            .transitionDuration.split(',')
            .map((d) => parseFloat(d))
        )
      );
  };
  // The page's own stylesheet may shorten transitions to a token 0.01 ms rather than remove them.
  expect(await duration('reduce')).toBeLessThan(0.001);
  expect(await duration('no-preference')).toBeGreaterThanOrEqual(0.2);
});

test('without JavaScript the charts, frames and data tables are readable and the actions are hidden', async ({
  browser
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/gallery/');
  // One visible picture per chart (the other prerendered layouts are for other widths).
  await expect(page.locator('figure.dtr-frame svg[role="img"]').filter({ visible: true })).toHaveCount(CHART_COUNT);
  // The action bars are in the HTML for scripts to wire, but hidden: no button that cannot work is shown.
  await expect(page.locator('figure.dtr-frame button:visible')).toHaveCount(0);
  await page.locator('figure.dtr-frame summary').first().click();
  await expect(page.locator('figure.dtr-frame table').first()).toBeVisible();
  await context.close();
});
