import { describe, expect, it } from 'vitest';
import { PrerenderedCharts } from './prerendered-charts';

describe('PrerenderedCharts', () => {
  it('returns the markup kept for a chart and nothing for a chart never seen', () => {
    const pictures = new PrerenderedCharts();
    pictures.keep({ id: 'goods-dds', markup: '<div class="chart-view"><svg></svg></div>' });
    expect(pictures.get('goods-dds')).toBe('<div class="chart-view"><svg></svg></div>');
    expect(pictures.get('services-dds')).toBeUndefined();
  });

  it('keeps the first picture of a chart and ignores blank markup', () => {
    const pictures = new PrerenderedCharts();
    pictures.keep({ id: 'a', markup: '  ' });
    expect(pictures.get('a')).toBeUndefined();
    pictures.keep({ id: 'a', markup: '<svg id="first"></svg>' });
    pictures.keep({ id: 'a', markup: '<svg id="second"></svg>' });
    expect(pictures.get('a')).toBe('<svg id="first"></svg>');
  });
});
