import { expect, it } from 'vitest';
import { formatPercent } from './format-percent.ts';

it('formatPercent(fraction) renders one decimal by default in both locales', () => {
  expect(formatPercent(0.2628, { locale: 'en' })).toBe('26.3%');
  expect(formatPercent(0.2628, { locale: 'zh' })).toBe('26.3%');
  expect(formatPercent(0.5, { locale: 'en' })).toBe('50%');
  expect(formatPercent(0.12345, { locale: 'en', digits: 2 })).toBe('12.35%');
});

it('formatPercent(−0.05) writes the typeset minus U+2212 in both locales', () => {
  expect(formatPercent(-0.05, { locale: 'en' })).toBe('\u22125%');
  expect(formatPercent(-0.05, { locale: 'zh' })).toBe('\u22125%');
});
