import { expect, it } from 'vitest';
import { formatYear } from './format-year.ts';

it('formatYear(year) has no grouping and a 年 suffix in Chinese', () => {
  expect(formatYear(2023, { locale: 'en' })).toBe('2023');
  expect(formatYear(2023, { locale: 'zh' })).toBe('2023年');
});
