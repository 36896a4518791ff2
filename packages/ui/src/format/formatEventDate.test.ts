import { expect, it } from 'vitest';
import { formatEventDate } from './formatEventDate.ts';

it('formatEventDate keeps a year a year (no invented month) and writes a full date to the precision asked', () => {
  expect(formatEventDate('2017', { locale: 'en', precision: 'month' })).toBe('2017');
  expect(formatEventDate('2017', { locale: 'zh' })).toBe('2017年');
  expect(formatEventDate('2015-06-12', { locale: 'en' })).toBe('Jun 12, 2015');
  expect(formatEventDate('2015-06-12', { locale: 'en', precision: 'month' })).toBe('Jun 2015');
  expect(formatEventDate('2015-06-12', { locale: 'zh', precision: 'month' })).toBe('2015年6月');
});
