import { expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../format/format-number.ts';
import { fitTicks, tickCount, yearTicks } from './ticks.ts';

it('tickCount(length) gives one tick per 80 px and never fewer than 2', () => {
  expect(tickCount(640)).toBe(8);
  expect(tickCount(100)).toBe(2);
});

it('yearTicks(domain, count) returns whole years on nice steps', () => {
  expect(yearTicks([2010, 2023], 8)).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022]);
  expect(yearTicks([2010, 2023], 3)).toEqual([2010, 2015, 2020]);
  expect(yearTicks([2020, 2021], 8)).toEqual([2020, 2021]);
  // The Gini chart's 2016–2024 on a phone: never a lone "2020".
  expect(yearTicks([2016, 2024], 3)).toEqual([2016, 2018, 2020, 2022, 2024]);
  expect(yearTicks([2016, 2024], 2).length).toBeGreaterThanOrEqual(2);
});

it('fitTicks keeps labels distinct and apart, with fewer ticks on shorter axes', () => {
  const scale = scaleLinear().domain([0, 1.2e12]);
  const format = (v: number) => formatNumber(v, { locale: 'en' });
  const wide = fitTicks(scale, { length: 800, format });
  expect(wide.map(format)).toEqual(['0', '200 bn', '400 bn', '600 bn', '800 bn', '1 trillion', '1.2 trillion']);
  const narrow = fitTicks(scale, { length: 240, format });
  expect(narrow.map(format)).toEqual(['0', '500 bn', '1 trillion']);
});
