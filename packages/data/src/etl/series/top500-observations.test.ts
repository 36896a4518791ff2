import { describe, expect, it } from 'vitest';
import type { Top500List } from '../read/read-top500-list.ts';
import { top500Observations } from './top500-observations.ts';

const list = (name: string, systems: [string, number][]): Top500List => ({
  list: name,
  file: `top500_lists/top500_${name}.csv`,
  systems: systems.map(([country, rmaxTflops], i) => ({ rank: i + 1, country, rmaxTflops, line: i + 2 }))
});

const listFile = 'top500_lists/top500_<YYYY-MM>.csv';

describe('top500Observations', () => {
  const lists = [list('2020-06', [['CHN', 30], ['USA', 60], ['CHN', 10]]), list('2022-06', [['USA', 75], ['JPN', 25]])];
  const at = (o: ReturnType<typeof top500Observations>, entity: string, year: number) =>
    o.find((x) => x.entity === entity && x.year === year)?.value;

  it('top500Observations counts systems per economy, 0 when absent from a list, null for a missing list', () => {
    const o = top500Observations({ lists, month: '06', measure: 'systems', years: { first: 2020, last: 2022 }, listFile });
    expect([at(o, 'CHN', 2020), at(o, 'CHN', 2021), at(o, 'CHN', 2022)]).toEqual([2, null, 0]);
    expect([at(o, 'WLD', 2020), at(o, 'JPN', 2020)]).toEqual([3, 0]);
  });

  it('top500Observations gives each economy its share of the list’s Rmax in %', () => {
    const o = top500Observations({ lists, month: '06', measure: 'share', years: { first: 2020, last: 2022 }, listFile });
    expect(at(o, 'CHN', 2020)).toBeCloseTo(40, 10);
    expect(at(o, 'USA', 2022)).toBeCloseTo(75, 10);
    expect(at(o, 'WLD', 2022)).toBe(100);
    expect(top500Observations({ lists, month: '11', measure: 'share', years: { first: 2020, last: 2020 }, listFile })).toEqual([
      { entity: 'WLD', year: 2020, value: null, file: 'top500_lists/top500_2020-11.csv', line: 0 }
    ]);
  });
});
