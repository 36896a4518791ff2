import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  const forms = { one: '# claim', other: '# claims' };
  it('plural({ en, 1 }) takes the one form', () => {
    expect(plural({ locale: 'en', count: 1, forms })).toBe('1 claim');
  });
  it('plural({ en, 0 | 2 | 1115 }) takes the other form, with grouping', () => {
    expect(plural({ locale: 'en', count: 0, forms })).toBe('0 claims');
    expect(plural({ locale: 'en', count: 2, forms })).toBe('2 claims');
    expect(plural({ locale: 'en', count: 1115, forms })).toBe('1,115 claims');
  });
  it('plural({ zh }) always takes other, Chinese having one plural category', () => {
    expect(plural({ locale: 'zh', count: 1, forms: { one: 'x', other: '#条' } })).toBe('1条');
  });
});
