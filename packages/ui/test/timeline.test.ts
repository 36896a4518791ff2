import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { timelineLine } from '../src/chart/timeline-labels.ts';
import { textWidth } from '../src/chart/text-width.ts';
import Timeline from '../src/charts/Timeline.svelte';
import { expectSnapshot, normalise, renderLayouts } from './snapshot.ts';

// The story's definitions timeline, labelled as in apps/report/src/content/2026/{en,zh}/definition.json (publisher:
// document): bibliographic facts with the documents' publication years.
const definitions = {
  en: [
    ['wto', '1998', 'WTO: Work Programme on Electronic Commerce (policy)', 0],
    ['usitc', '2013', 'USITC: Digital Trade in the U.S. and Global Economies, Part 1 (policy)', 0],
    ['ustr', '2017', 'USTR: Key Barriers to Digital Trade (policy)', 0],
    ['handbook-2020', '2020', 'OECD, WTO, IMF: Handbook on Measuring Digital Trade (statistics)', 1],
    [
      'handbook-2023',
      '2023',
      'IMF, OECD, UNCTAD, WTO: Handbook on Measuring Digital Trade, 2nd edition (statistics)',
      1
    ]
  ],
  zh: [
    ['wto', '1998', '世贸组织：电子商务工作计划（政策）', 0],
    ['usitc', '2013', '美国国际贸易委员会：《美国和全球经济中的数字贸易》第一部分（政策）', 0],
    ['ustr', '2017', '美国贸易代表办公室：《数字贸易的主要壁垒》（政策）', 0],
    ['handbook-2020', '2020', '经合组织、世贸组织、国际货币基金组织：《数字贸易测度手册》（统计）', 1],
    [
      'handbook-2023',
      '2023',
      '国际货币基金组织、经合组织、联合国贸发会议、世贸组织：《数字贸易测度手册》第二版（统计）',
      1
    ]
  ]
} as const;

const eventsIn = (locale: 'en' | 'zh') =>
  definitions[locale].map(([id, date, label, kind]) => ({ id, date, label, kind }));

interface LabelBox {
  lines: string[];
  top: number;
  bottom: number;
  right: number;
}

/** Every prerendered layout's width and its event labels as boxes (12 px lines, widths estimated as the layout does). */
function layouts(locale: 'en' | 'zh'): { width: number; labels: LabelBox[] }[] {
  const { body } = render(Timeline, { props: { events: eventsIn(locale), locale, title: 'Definitions' } });
  return [...normalise(body).matchAll(/<svg[^>]*viewBox="0 0 ([\d.]+) [\d.]+"[^]*?<\/svg>/g)].map(([svg, width]) => {
    const events = svg.slice(svg.indexOf('class="events"'));
    const labels = [...events.matchAll(/<text x="([\d.]+)" y="(-?[\d.]+)"[^>]*>([^]*?)<\/text>/g)].map(
      ([, x, y, inner]) => {
        const lines = [...inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
        const top = Number(y) - timelineLine / 2;
        // x is inside the plot, which starts 48 px from the left edge.
        return {
          lines,
          top,
          bottom: top + lines.length * timelineLine,
          right: 48 + Number(x) + Math.max(...lines.map((l) => textWidth(l)))
        };
      }
    );
    return { width: Number(width), labels };
  });
}

describe('definitions timeline', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`keeps every label whole, inside the chart and clear of the others at 280, 350 and 640 px (${locale})`, () => {
      const all = layouts(locale);
      expect(all.map((l) => l.width)).toEqual([640, 350, 280]);
      for (const { width, labels } of all) {
        expect(labels).toHaveLength(5);
        for (const [i, label] of labels.entries()) {
          expect(
            label.lines.some((l) => l.endsWith('…')),
            `${width} px: ${label.lines.join(' ')}`
          ).toBe(false);
          // The whole label: the date, then the copy's words in order.
          const [, date, text] = definitions[locale][i];
          expect(label.lines.join(locale === 'zh' ? '' : ' ')).toBe(`${date}${locale === 'zh' ? '年' : ''} ${text}`);
          expect(label.right, `${width} px: right edge of ${date}`).toBeLessThanOrEqual(width);
          if (i > 0)
            expect(label.top, `${width} px: ${date} below ${labels[i - 1].lines[0]}`).toBeGreaterThanOrEqual(
              labels[i - 1].bottom
            );
        }
      }
      // At 280 px the longest labels take three lines or more instead of being cut.
      expect(Math.max(...all[2].labels.map((l) => l.lines.length))).toBeGreaterThanOrEqual(3);
    });
  }

  it('definitionsTimeline golden SVGs at the desktop and phone widths, en and zh', () => {
    expectSnapshot('definitionsTimeline', renderLayouts(Timeline, { events: eventsIn('en'), title: 'Definitions' }));
    expectSnapshot(
      'definitionsTimelineZh',
      renderLayouts(Timeline, { events: eventsIn('zh'), locale: 'zh', title: '数字贸易的定义' })
    );
  });
});
