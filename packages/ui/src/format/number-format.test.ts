import { describe, expect, it } from 'vitest';
import { numberFormat } from './number-format.ts';

describe('numberFormat', () => {
  it('formats as a new Intl.NumberFormat with the same tag and options would', () => {
    const options = { maximumFractionDigits: 1, minimumFractionDigits: 0, useGrouping: false };
    expect(numberFormat({ tag: 'zh-CN', options }).format(21634.56)).toBe(
      new Intl.NumberFormat('zh-CN', options).format(21634.56)
    );
    expect(numberFormat({ tag: 'en', options: { style: 'percent' } }).format(0.263)).toBe('26%');
  });
  it('returns the same formatter for equal options and another for different ones', () => {
    const a = numberFormat({ tag: 'en', options: { maximumFractionDigits: 2 } });
    expect(numberFormat({ tag: 'en', options: { maximumFractionDigits: 2 } })).toBe(a);
    expect(numberFormat({ tag: 'en', options: { maximumFractionDigits: 3 } })).not.toBe(a);
    expect(numberFormat({ tag: 'zh-CN', options: { maximumFractionDigits: 2 } })).not.toBe(a);
    expect(numberFormat({ tag: 'en', options: { maximumFractionDigits: 3 } }).format(1.23456)).toBe('1.235');
  });
});
