import { describe, expect, it } from 'vitest';
import { formatNumber } from '../format/format-number.ts';
import { localeTicks } from './locale-ticks.ts';

const zh = (digits?: number) => (v: number) => formatNumber(v, { locale: 'zh', digits });
const en = (digits?: number) => (v: number) => formatNumber(v, { locale: 'en', digits });

describe('localeTicks', () => {
  it('counts in 万 in Chinese: 0–4.5万 in whole 万, never "4万, 3万, 3万"', () => {
    const ticks = localeTicks({ domain: [0, 45000], count: 8, locale: 'zh', format: zh(0) });
    expect(ticks.map(zh(0))).toEqual(['0', '1万', '2万', '3万', '4万']);
  });
  it('keeps half-万 steps when the labels can show them', () => {
    const ticks = localeTicks({ domain: [20000, 40000], count: 5, locale: 'zh', format: zh() });
    expect(ticks.map(zh())).toEqual(['2万', '2.5万', '3万', '3.5万', '4万']);
  });
  it('crosses the 万 → 亿 boundary on 亿 steps', () => {
    const ticks = localeTicks({ domain: [0, 3e8], count: 4, locale: 'zh', format: zh(0) });
    expect(ticks.map(zh(0))).toEqual(['0', '1亿', '2亿', '3亿']);
  });
  it('just below 1亿 counts in 万', () => {
    const ticks = localeTicks({ domain: [0, 9e7], count: 3, locale: 'zh', format: zh(0) });
    expect(ticks.map(zh(0))).toEqual(['0', '2000万', '4000万', '6000万', '8000万']);
  });
  it('counts in bn and trillion in English, with the stored values’ scale', () => {
    const ticks = localeTicks({
      domain: [0, 1500],
      count: 4,
      locale: 'en',
      scale: 1e9,
      format: (v) => formatNumber(v, { locale: 'en', scale: 1e9 })
    });
    expect(ticks.map((v) => formatNumber(v, { locale: 'en', scale: 1e9 }))).toEqual([
      '0',
      '500 bn',
      '1 trillion',
      '1.5 trillion'
    ]);
  });
  it('English million steps stay distinct at 0 digits', () => {
    const ticks = localeTicks({ domain: [0, 4.5e6], count: 8, locale: 'en', format: en(0) });
    expect(new Set(ticks.map(en(0))).size).toBe(ticks.length);
    expect(ticks.map(en(0))).toEqual(['0', '1 million', '2 million', '3 million', '4 million']);
  });
  it('small numbers keep plain nice steps', () => {
    expect(localeTicks({ domain: [0, 100], count: 5, locale: 'zh' })).toEqual([0, 20, 40, 60, 80, 100]);
  });
});
