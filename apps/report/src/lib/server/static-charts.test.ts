import { describe, expect, it } from 'vitest';
import { fillChartSlots } from './static-charts';

const slot = (id: string, highlight = '') =>
  `<div class="chart-slot svelte-x" data-chart-slot="2026:${id}" data-highlight="${highlight}"><!----><!----></div>`;

describe('fillChartSlots', () => {
  it('puts the chart’s compact frame between the slot’s {@html} markers, with ids of its own and no hydration comments', () => {
    const html = fillChartSlots(`<main>${slot('dds-china', 'exports')}</main>`, 'en');
    const inner = html.slice(html.indexOf('<!---->') + 7, html.lastIndexOf('<!---->'));
    expect(inner).toMatch(
      /^<div class="chart-view[^"]*compact" data-chart="dds-china" data-kind="line" data-highlight="exports">/
    );
    expect(inner).toContain('<svg');
    expect(inner).not.toContain('<!--');
    expect(inner).toMatch(/id="dds-china-[^"]+-title"/);
    expect(html.endsWith('<!----></div></main>')).toBe(true);
  });

  it('uses the page’s locale and leaves pages without slots unchanged', () => {
    expect(fillChartSlots(slot('dds-china'), 'zh')).toContain('来源');
    const plain = '<main><div data-chart="x"><!----><!----></div></main>';
    expect(fillChartSlots(plain, 'en')).toBe(plain);
  });

  it('names a slot whose chart the edition does not have', () => {
    expect(() => fillChartSlots(slot('no-such-chart'), 'en')).toThrow(
      'A chart slot names 2026:no-such-chart, which edition 2026 does not have'
    );
  });
});
