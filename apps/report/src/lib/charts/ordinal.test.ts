import { describe, expect, it } from 'vitest';
import { ordinal } from './ordinal';

describe('ordinal', () => {
  it('ordinal(n, "en") uses st/nd/rd/th, with 11–13 as th', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map((n) => ordinal(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st'
    ]);
  });
  it('ordinal(n, "zh") prefixes 第', () => {
    expect(ordinal(6, 'zh')).toBe('第6');
  });
});
