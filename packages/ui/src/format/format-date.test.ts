import { expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

it('formatDate writes month or day precision in each locale', () => {
  expect(formatDate('2015-06-01', { locale: 'en', precision: 'month' })).toBe('Jun 2015');
  expect(formatDate('2015-06-01', { locale: 'zh', precision: 'month' })).toBe('2015年6月');
  expect(formatDate('2023-06-12', { locale: 'en' })).toBe('Jun 12, 2023');
  expect(formatDate('2023-06-12', { locale: 'zh' })).toBe('2023年6月12日');
  expect(formatDate('2019-03', { locale: 'en' })).toBe('Mar 2019');
});

it('formatDate never writes a date more precisely than its ISO string', () => {
  expect(formatDate('2018', { locale: 'en' })).toBe('2018');
  expect(formatDate('2018', { locale: 'zh' })).toBe('2018年');
  expect(formatDate('2018', { locale: 'en', precision: 'month' })).toBe('2018');
  expect(formatDate('2019-03', { locale: 'zh', precision: 'day' })).toBe('2019年3月');
  expect(formatDate('2023-06-12', { locale: 'en', precision: 'year' })).toBe('2023');
});
