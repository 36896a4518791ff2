import { expect, it } from 'vitest';
import { tickCount, yearTicks } from './ticks.ts';

it('tickCount(length) gives one tick per 80 px and never fewer than 2', () => {
  expect(tickCount(640)).toBe(8);
  expect(tickCount(100)).toBe(2);
});

it('yearTicks(domain, count) returns whole years on nice steps', () => {
  expect(yearTicks([2010, 2023], 8)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022]);
  expect(yearTicks([2010, 2023], 3)).toEqual([2010, 2015, 2020]);
  expect(yearTicks([2020, 2021], 8)).toEqual([2020, 2021]);
});
