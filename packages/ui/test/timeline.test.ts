import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { timelineLine } from '../src/chart/timeline-labels.ts';
import type { Annotation } from '../src/chart/annotation.ts';
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

/**
 * Every prerendered layout's width and its event labels as boxes (12 px lines, widths estimated as the layout does),
 * with the y of each threshold's line across the events, in the plot's coordinates as the labels' tops and bottoms.
 */
function layouts(props: {
  events: { id: string; date: string; label: string; kind?: number }[];
  locale: 'en' | 'zh';
  annotations?: Annotation[];
}): { width: number; labels: LabelBox[]; thresholds: number[] }[] {
  const { body } = render(Timeline, { props: { ...props, title: 'Timeline' } });
  return [...normalise(body).matchAll(/<svg[^>]*viewBox="0 0 ([\d.]+) [\d.]+"[^]*?<\/svg>/g)].map(([svg, width]) => {
    const from = svg.indexOf('class="events"');
    const notes = svg.indexOf('class="annotations"', from);
    const events = svg.slice(from, notes < 0 ? undefined : notes);
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
    const thresholds = [...svg.matchAll(/data-kind="threshold" transform="translate\(0,(-?[\d.]+)\)"/g)].map((m) =>
      Number(m[1])
    );
    return { width: Number(width), labels, thresholds };
  });
}

describe('definitions timeline', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`keeps every label whole, inside the chart and clear of the others at 280, 350 and 640 px (${locale})`, () => {
      const all = layouts({ events: eventsIn(locale), locale });
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

// The story's rules timeline (apps/report/src/content/2026/{en,zh}/rules.json, chart rules-timeline): the texts' dates,
// with the step's threshold at the first event's year, so the line runs through the first event's dot.
const rules = {
  en: [
    ['wco', '2018', 'WCO cross-border e-commerce framework'],
    ['digital-china', '2019', 'Digital China strategy (one text’s date)'],
    ['guiding-opinions', '2019-11', 'Guiding opinions on high-quality trade development'],
    ['gdsi', '2020', 'Global Data Security Initiative'],
    ['asean', '2021', 'China–ASEAN digital-economy action plan'],
    ['expo', '2023-11', 'Second Global Digital Trade Expo']
  ],
  zh: [
    ['wco', '2018', '世界海关组织跨境电商标准框架'],
    ['digital-china', '2019', '“数字中国”战略（某文献所记日期）'],
    ['guiding-opinions', '2019-11', '推进贸易高质量发展的指导意见'],
    ['gdsi', '2020', '《全球数据安全倡议》'],
    ['asean', '2021', '中国—东盟数字经济合作行动计划'],
    ['expo', '2023-11', '第二届全球数字贸易博览会']
  ]
} as const;
const rulesThreshold = {
  en: 'Every step the texts date is from 2018 or later',
  zh: '原文注明日期的各步均在2018年或之后'
} as const;
const rulesProps = (locale: 'en' | 'zh') => ({
  events: rules[locale].map(([id, date, label]) => ({ id, date, label })),
  locale,
  annotations: [{ kind: 'threshold' as const, y: 2018, label: rulesThreshold[locale] }]
});

describe('rules timeline with a threshold at its first event', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`no label crosses the threshold's line, its label above the plot or its connector, at 280, 350 and 640 px (${locale})`, () => {
      const all = layouts(rulesProps(locale));
      expect(all.map((l) => l.width)).toEqual([640, 350, 280]);
      for (const { width, labels, thresholds } of all) {
        expect(labels).toHaveLength(6);
        expect(thresholds).toHaveLength(1);
        const [line] = thresholds;
        // The line is drawn at the first event's dot (the top of the plot): the case that used to cross its label.
        expect(line).toBe(0);
        for (const label of labels) {
          const where = `${width} px: ${label.lines.join(' ')} [${label.top}, ${label.bottom}] against the line at ${line}`;
          expect(label.bottom <= line || label.top >= line, where).toBe(true);
          // The threshold's label stands above the plot, its baseline 8 px above the top (3 px of descent below it).
          expect(label.top, where).toBeGreaterThanOrEqual(-5);
          // Its connector runs down the plot's right edge, 8 px in from the chart's.
          expect(label.right, where).toBeLessThan(width - 8);
        }
        for (const [i, label] of labels.entries())
          if (i > 0) expect(label.top, `${width} px: ${label.lines[0]}`).toBeGreaterThanOrEqual(labels[i - 1].bottom);
      }
    });
  }

  for (const locale of ['en', 'zh'] as const)
    it(`the threshold's label is whole and inside the chart at 640, 350 and 280 px (${locale})`, () => {
      const { body } = render(Timeline, { props: { ...rulesProps(locale), title: 'Timeline' } });
      const svgs = [...normalise(body).matchAll(/<svg[^>]*viewBox="0 0 ([\d.]+) [\d.]+"[^]*?<\/svg>/g)];
      expect(svgs).toHaveLength(3);
      for (const [svg, width] of svgs) {
        const plotTop = Number(/<g transform="translate\(48,([\d.]+)\)">/.exec(svg)![1]);
        const note = /data-kind="threshold"[^]*?<text x="[\d.]+" y="(-?[\d.]+)"[^>]*>([^]*?)<\/text>/.exec(svg)!;
        const lines = [...note[2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
        expect(lines.join(locale === 'zh' ? '' : ' '), `${width} px`).toBe(rulesThreshold[locale]);
        // Its first line's glyphs (about 10 px above the baseline) stay below the chart's top edge.
        expect(plotTop + Number(note[1]) - 10, `${width} px`).toBeGreaterThanOrEqual(0);
        // And each line is no wider than the plot it stands over.
        for (const l of lines) expect(textWidth(l), `${width} px: ${l}`).toBeLessThanOrEqual(Number(width) - 56);
      }
    });

  it('rulesTimeline golden SVGs at the desktop and phone widths, en and zh', () => {
    expectSnapshot('rulesTimeline', renderLayouts(Timeline, { ...rulesProps('en'), title: 'Rules' }));
    expectSnapshot('rulesTimelineZh', renderLayouts(Timeline, { ...rulesProps('zh'), title: '规则' }));
  });
});

// The same steps with the public record beside them (apps/report/src/content/2026/*/rules.json, config/public-record.json):
// Digital China dated 2019 by text 001 and 2017-10-18 by the 19th Congress report, joined as a pair; RCEP's signature
// as a record mark with no text date; RCEP, CPTPP and DEPA named undated in the band.
const recordProps = (locale: 'en' | 'zh') => ({
  events: [
    ...rules[locale].map(([id, date, label]) =>
      id === 'digital-china'
        ? {
            id,
            date,
            label: locale === 'en' ? 'Digital China strategy (text 001’s date)' : '“数字中国”战略（文献001所记日期）',
            pair: id
          }
        : { id, date, label }
    ),
    {
      id: 'record-digital-china',
      date: '2017-10-18',
      label:
        locale === 'en'
          ? 'Digital China in the 19th Party Congress report (public record)'
          : '十九大报告提出建设数字中国（公开记录）',
      kind: 2,
      record: true,
      pair: 'digital-china'
    },
    {
      id: 'record-rcep-signed',
      date: '2020-11-15',
      label: locale === 'en' ? 'RCEP signed (public record)' : '签署RCEP（公开记录）',
      kind: 2,
      record: true
    }
  ],
  locale,
  undated: {
    heading: locale === 'en' ? 'Named in the texts, no date' : '文献提及，未注明日期',
    items: [{ id: 'rcep', label: locale === 'en' ? 'RCEP joined' : '加入RCEP' }]
  }
});

describe('public-record marks beside the texts’ dates', () => {
  for (const locale of ['en', 'zh'] as const)
    it(`draws a record as a hollow diamond with a dashed leader, bracketed to the text's mark of the same step, and reads both dates out (${locale})`, () => {
      const { body } = render(Timeline, { props: { ...recordProps(locale), width: 390, title: 'Rules' } });
      const svg = normalise(body);
      // Two record marks (diamonds), seven filled dots (six text dates and the undated band has hollow circles only).
      expect(svg.match(/<path class="record"/g)).toHaveLength(2);
      expect(svg.match(/stroke-dasharray="3 2"/g)).toHaveLength(2);
      expect(svg.match(/<circle [^>]*fill: var\(--dtr-series/g) ?? []).toHaveLength(6);
      // One bracket, from the 2017-10 record (top) down to the 2019 text date: the two dots' y.
      const bracket = [...svg.matchAll(/<path class="pair" d="M2,([\d.]+) H-2 V([\d.]+) H2"/g)];
      expect(bracket).toHaveLength(1);
      const dots = [...svg.matchAll(/<circle cx="8" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
      const diamonds = [...svg.matchAll(/<path class="record" d="M8,([\d.]+) /g)].map((m) => Number(m[1]) + 5);
      expect(Number(bracket[0][1])).toBeCloseTo(diamonds[0], 3);
      expect(Number(bracket[0][2])).toBeCloseTo(dots[1], 3);
      const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(body)![1];
      expect(desc).toContain(locale === 'en' ? 'Oct 18, 2017' : '2017年10月18日');
      expect(desc).toContain(locale === 'en' ? '(public record)' : '（公开记录）');
      expect(desc).toContain(locale === 'en' ? '(text 001’s date)' : '（文献001所记日期）');
    });

  it('rulesTimelineRecord golden SVGs at the desktop and phone widths, en and zh', () => {
    expectSnapshot('rulesTimelineRecord', renderLayouts(Timeline, { ...recordProps('en'), title: 'Rules' }));
    expectSnapshot('rulesTimelineRecordZh', renderLayouts(Timeline, { ...recordProps('zh'), title: '规则' }));
  });
});

// China's agreements as the WTO RTA Database dates them (packages/data/editions/2026/agreements/china.json, entry into
// force for China), a few years of them: on a phone the bilateral ones of a year share a row, named by partner.
const agreements = [
  { id: 'rta-42', date: '2005-01-01', label: 'ASEAN - China' },
  { id: 'rta-454', date: '2014-07-01', label: 'Iceland - China', short: 'Iceland' },
  { id: 'rta-635', date: '2014-07-01', label: 'Switzerland - China', short: 'Switzerland' },
  { id: 'rta-1209', date: '2024-01-01', label: 'China - Nicaragua', short: 'Nicaragua' },
  { id: 'rta-1213', date: '2024-05-01', label: 'China - Ecuador', short: 'Ecuador' },
  { id: 'rta-1232', date: '2024-07-01', label: 'China - Serbia', short: 'Serbia' }
];

describe('timeline rows on a phone (compactBelow)', () => {
  it('under compactBelow the short-named agreements of a year share one row with a dot each; at desktop width one row each', () => {
    const { wide, phone } = renderLayouts(Timeline, { events: agreements, compactBelow: 480, title: 'Agreements' });
    const labelsIn = (svg: string) =>
      [...svg.matchAll(/<text x="40"[^>]*>([^]*?)<\/text>/g)].map((m) =>
        m[1]
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim()
      );
    // The phone layout draws three rows and six dots.
    expect(labelsIn(phone!)).toEqual([
      'Jan 2005 ASEAN - China',
      '2014 Iceland; Switzerland',
      '2024 Nicaragua; Ecuador; Serbia'
    ]);
    expect(phone!.match(/<circle cx="8"/g)).toHaveLength(6);
    expect(labelsIn(wide)).toHaveLength(6);
    expect(labelsIn(wide)[1]).toBe('Jul 2014 Iceland - China');
  });

  it('timelineCompact golden SVGs at the desktop and phone widths', () => {
    expectSnapshot(
      'timelineCompact',
      renderLayouts(Timeline, { events: agreements, compactBelow: 480, title: 'Agreements' })
    );
  });
});
