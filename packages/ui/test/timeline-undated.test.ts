import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../src/chart/text-width.ts';
import Timeline from '../src/charts/Timeline.svelte';
import { expectSnapshot, normalise, renderLayouts } from './snapshot.ts';

// The rules timeline of apps/report/src/content/2026/{en,zh}/rules.json: the steps the texts date, and the three
// agreements one text names without a date (ledger claims yu-rcep-joined, yu-cptpp-application, yu-depa-application).
const props = {
  en: {
    events: [
      { id: 'wco', date: '2018', label: 'WCO cross-border e-commerce framework' },
      { id: 'gdsi', date: '2020', label: 'Global Data Security Initiative' },
      { id: 'expo', date: '2023-11', label: 'Second Global Digital Trade Expo' }
    ],
    undated: {
      heading: 'Named in the texts, no date',
      items: [
        { id: 'rcep', label: 'RCEP joined' },
        { id: 'cptpp', label: 'Application to join CPTPP' },
        { id: 'depa', label: 'Application to join DEPA' }
      ]
    }
  },
  zh: {
    events: [
      { id: 'wco', date: '2018', label: '世界海关组织跨境电商标准框架' },
      { id: 'gdsi', date: '2020', label: '《全球数据安全倡议》' },
      { id: 'expo', date: '2023-11', label: '第二届全球数字贸易博览会' }
    ],
    undated: {
      heading: '文献提及，未注明日期',
      items: [
        { id: 'rcep', label: '加入RCEP' },
        { id: 'cptpp', label: '申请加入CPTPP' },
        { id: 'depa', label: '申请加入DEPA' }
      ]
    }
  }
} as const;

const copy = (locale: 'en' | 'zh') => ({
  locale,
  events: [...props[locale].events],
  undated: { heading: props[locale].undated.heading, items: [...props[locale].undated.items] }
});

/** Each prerendered layout: its width, height, the plot's bottom (chart px) and the band's markers and label lines. */
function bands(locale: 'en' | 'zh') {
  const { body } = render(Timeline, { props: { ...copy(locale), title: 'Timeline' } });
  const svgs = [...normalise(body).matchAll(/<svg[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"[^]*?<\/svg>/g)];
  return svgs.map(([svg, width, height]) => {
    const [, top] = /<g transform="translate\(48,([\d.]+)\)">/.exec(svg)!;
    const band = svg.slice(svg.indexOf('class="undated"'));
    const [, plotBottom] = /class="undated" transform="translate\(0,([\d.]+)\)"/.exec(svg)!;
    const circles = [...band.matchAll(/<circle[^>]*cy="([\d.]+)"[^>]*fill="none"/g)].map((m) => Number(m[1]));
    const texts = [...band.matchAll(/<text[^>]*>([^]*?)<\/text>/g)].map((m) =>
      [...m[1].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1])
    );
    return {
      svg,
      width: Number(width),
      height: Number(height),
      top: Number(top),
      plotBottom: Number(plotBottom),
      circles,
      texts
    };
  });
}

describe('timeline undated band', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`draws the heading and each undated item whole with a hollow marker, inside the chart at 640, 350 and 280 px (${locale})`, () => {
      const all = bands(locale);
      expect(all.map((b) => b.width)).toEqual([640, 350, 280]);
      const join = (lines: string[]) => lines.join(locale === 'zh' ? '' : ' ');
      for (const b of all) {
        const [heading, ...items] = b.texts;
        expect(join(heading), `${b.width} px`).toBe(props[locale].undated.heading);
        expect(items.map(join)).toEqual(props[locale].undated.items.map((i) => i.label));
        expect(b.circles).toHaveLength(3);
        for (const line of b.texts.flat())
          expect(textWidth(line), `${b.width} px: ${line}`).toBeLessThanOrEqual(b.width - 56);
        // The band sits under the plot and inside the chart: the last marker's label ends above the chart's bottom.
        expect(b.circles[0], `${b.width} px`).toBeGreaterThan(0);
        expect(b.top + b.plotBottom + b.circles.at(-1)! + 8, `${b.width} px`).toBeLessThanOrEqual(b.height);
        // No marker of the band is one of the dated events' filled dots.
        expect(b.svg.match(/<circle[^>]*fill="none"/g)).toHaveLength(3);
      }
    });

    it(`reads the undated items out in the chart's description (${locale})`, () => {
      const { body } = render(Timeline, { props: { ...copy(locale), title: 'Timeline' } });
      const { heading, items } = props[locale].undated;
      for (const text of [heading, ...items.map((i) => i.label)]) expect(body).toContain(text);
      expect(normalise(body)).toMatch(
        locale === 'en'
          ? /Named in the texts, no date: RCEP joined; Application to join CPTPP; Application to join DEPA\./
          : /文献提及，未注明日期：加入RCEP；申请加入CPTPP；申请加入DEPA。/
      );
    });
  }

  it('wraps the band onto more lines at 280 px than at 640 px, every label whole (long labels)', () => {
    const long = {
      heading: 'Named in the texts, no date',
      items: [
        {
          id: 'cptpp',
          label: "China's application to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership"
        }
      ]
    };
    const all = renderLayouts(Timeline, { events: [...props.en.events], undated: long, title: 'T' });
    const lines = (svg: string) => [...svg.slice(svg.indexOf('class="undated"')).matchAll(/<tspan/g)].length;
    expect(lines(all.phone!)).toBeGreaterThan(lines(all.wide));
  });

  it('timelineUndated golden SVGs at the desktop and phone widths, en and zh', () => {
    expectSnapshot('timelineUndated', renderLayouts(Timeline, { ...copy('en'), title: 'Rules' }));
    expectSnapshot('timelineUndatedZh', renderLayouts(Timeline, { ...copy('zh'), title: '规则' }));
  });
});
