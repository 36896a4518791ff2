import { expect, it } from 'vitest';
import { textWidth } from './text-width.ts';

it('textWidth counts CJK characters as one em and Latin as 0.62 em', () => {
  expect(textWidth('China', 12)).toBe(38);
  expect(textWidth('中国', 12)).toBe(24);
  expect(textWidth('', 12)).toBe(0);
  expect(textWidth('…', 12)).toBe(12);
  // "1.4万亿": two digits, a narrow full stop, two CJK characters.
  expect(textWidth('1.4万亿', 11)).toBe(41);
});
