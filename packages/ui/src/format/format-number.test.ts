import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.ts';

describe('formatNumber', () => {
  it('formatNumber(216.3e9, en) abbreviates billions as "bn"', () => {
    expect(formatNumber(216.3e9, { locale: 'en' })).toBe('216 bn');
  });
  it('formatNumber(2.1e12, en) spells out "trillion" with one decimal', () => {
    expect(formatNumber(2.1e12, { locale: 'en' })).toBe('2.1 trillion');
  });
  it('abbreviated English steps for tight labels: "1.4 tn", "495 m"; Chinese unchanged', () => {
    expect(formatNumber(1.43e12, { locale: 'en', abbreviated: true })).toBe('1.4 tn');
    expect(formatNumber(495e6, { locale: 'en', abbreviated: true })).toBe('495 m');
    expect(formatNumber(1.43e12, { locale: 'zh', abbreviated: true })).toBe('1.4万亿');
  });
  it('formatNumber(216.3e9, zh) groups by 亿', () => {
    expect(formatNumber(216.3e9, { locale: 'zh' })).toBe('2163亿');
  });
  it('formatNumber(2.1e12, zh) groups by 万亿', () => {
    expect(formatNumber(2.1e12, { locale: 'zh' })).toBe('2.1万亿');
  });
  it('zh output agrees with Intl zh-CN compact notation', () => {
    const intl = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 0 });
    expect(formatNumber(216.3e9, { locale: 'zh' })).toBe(intl.format(216.3e9));
    expect(formatNumber(56_000, { locale: 'zh' })).toBe('5.6万');
  });
  it('applies scale and appends a localised unit', () => {
    expect(formatNumber(216_300, { locale: 'en', unit: 'US$', scale: 1e6 })).toBe('216 bn US$');
    expect(formatNumber(216_300, { locale: 'zh', unit: 'US$', scale: 1e6 })).toBe('2163亿美元');
    expect(formatNumber(2.1e12, { locale: 'zh', unit: 'CNY' })).toBe('2.1万亿元');
  });
  it('writes a negative number with the typeset minus U+2212, never the hyphen-minus, in both locales', () => {
    expect(formatNumber(-0.3884, { locale: 'en', digits: 3, compact: false })).toBe('\u22120.388');
    expect(formatNumber(-0.3884, { locale: 'zh', digits: 3, compact: false })).toBe('\u22120.388');
    expect(formatNumber(-56.04e9, { locale: 'zh' })).toBe('\u2212560亿');
  });
  it('keeps signs and honours explicit digits', () => {
    expect(formatNumber(-56.04e9, { locale: 'en', digits: 1 })).toBe('\u221256.0 bn');
    expect(formatNumber(1234.5, { locale: 'en' })).toBe('1,235');
    expect(formatNumber(3.25, { locale: 'en', compact: false, digits: 2 })).toBe('3.25');
  });
  it('rolls 999.97 bn over to "1 trillion" rather than "1000 bn"', () => {
    expect(formatNumber(999.97e9, { locale: 'en' })).toBe('1 trillion');
  });
  it('returns a missing-value marker for null and NaN', () => {
    expect(formatNumber(null, { locale: 'en' })).toBe('n/a');
    expect(formatNumber(Number.NaN, { locale: 'zh' })).toBe('无数据');
  });
});
