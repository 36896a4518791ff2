import { expect, test } from '@playwright/test';

// Issues 14 and 15: the public record drawn beside the texts' dates, in its own style (hollow diamonds with dashed
// leaders), cited in the credit; on the rules timeline Digital China's text date (2019, text 001) is bracketed to the
// 19th Congress report's (October 2017).
const pages = [
  {
    path: '/embed/2026/rules-timeline/',
    records: 1,
    pairs: 1,
    mark: '(public record)',
    said: 'Oct 2017',
    credit: 'Communist Party of China'
  },
  {
    path: '/zh/embed/2026/rules-timeline/',
    records: 1,
    pairs: 1,
    mark: '（公开记录）',
    said: '2017年10月',
    credit: '中国共产党第十九次全国代表大会'
  },
  {
    path: '/embed/2026/data-agreements/',
    records: 4,
    pairs: 0,
    mark: '(public record)',
    said: 'Nov 2020',
    credit: 'Xinhua News Agency'
  },
  {
    path: '/zh/embed/2026/data-agreements/',
    records: 4,
    pairs: 0,
    mark: '（公开记录）',
    said: '2020年11月',
    credit: '新华社'
  }
];

for (const { path, records, pairs, mark, said, credit } of pages)
  for (const width of [390, 1366])
    test(`${path} at ${width} px: ${records} public-record marks, their labels whole and 11 px or more, ${pairs} bracket, the record credited`, async ({
      page
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const events = page.locator('svg:visible g.events');
      await expect(events).toHaveCount(1);
      await expect(events.locator('path.record')).toHaveCount(records);
      await expect(events.locator('path.pair')).toHaveCount(pairs);
      // The labels that end in the record's mark: one per diamond, every line inside the chart, at least 11 px.
      const labels = await events.evaluate(
        (g: SVGGElement, m: string) => {
          const svg = g.ownerSVGElement!;
          const box = svg.getBoundingClientRect();
          const scale = box.width / svg.viewBox.baseVal.width;
          return [...g.querySelectorAll('text')]
            .filter((t) => !m || (t.textContent ?? '').replace(/\s+/g, '').endsWith(m.replace(/\s+/g, '')))
            .map((t) => ({
              text: t.textContent ?? '',
              lines: [...t.querySelectorAll(':scope > tspan')].map((s) => {
                const r = s.getBoundingClientRect();
                return {
                  left: r.left - box.left,
                  right: box.right - r.right,
                  top: r.top - box.top,
                  bottom: box.bottom - r.bottom,
                  size: parseFloat(getComputedStyle(s).fontSize) * scale
                };
              })
            }));
          // On a phone (under 480 px) the records of a year share a row and the diamond alone marks them: every label
          // of the plot is checked there; on a desktop each record's label ends in the mark.
        },
        width < 480 ? '' : mark
      );
      if (width >= 480) expect(labels).toHaveLength(records);
      for (const l of labels)
        for (const b of l.lines) {
          expect(b.left, l.text).toBeGreaterThanOrEqual(0);
          expect(b.right, l.text).toBeGreaterThanOrEqual(0);
          expect(b.top, l.text).toBeGreaterThanOrEqual(0);
          expect(b.bottom, l.text).toBeGreaterThanOrEqual(0);
          expect(b.size, l.text).toBeGreaterThanOrEqual(11);
        }
      // The accessible description reads the record's dates beside the texts'.
      const desc = await page.locator('svg:visible desc').first().textContent();
      expect(desc).toContain(said);
      await expect(page.locator('body')).toContainText(credit);
    });
