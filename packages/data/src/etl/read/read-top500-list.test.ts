import { describe, expect, it } from 'vitest';
import names from '../../../editions/2026/config/names.data-trade.json' with { type: 'json' };
import { fixtureContext } from '../../../test/fixture-context.ts';
import { FIXTURE_RAW_DIR, RAW_DIR, RAW_SOURCES, runsOnRaw } from '../../../test/raw-folder.ts';
import catalogue from '../../../editions/2026/config/series.json' with { type: 'json' };
import { top500ListNames } from '../readers/top500-list-names.ts';
import { createEtlContext } from '../etl-context.ts';
import { readTop500List, TOP500_LIST_ROLE } from './read-top500-list.ts';

const countryOverrides = names.top500.countryOverrides;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('readTop500List on the fixtures (Rank, Country and Rmax columns cut from three real lists)', () => {
  const ctx = createEtlContext(FIXTURE_RAW_DIR, RAW_SOURCES);

  it('readTop500List finds the header after the empty first record of 2000-06 and reads 500 systems', () => {
    const list = readTop500List({ ctx, list: '2000-06', countryOverrides });
    expect(list.systems).toHaveLength(500);
    expect(list.systems[0]).toMatchObject({ rank: 1, country: 'USA', line: 3 });
    // ASCI Red, 2,379 GFlop/s = 2.379 TFlop/s
    expect(list.systems[0].rmaxTflops).toBeCloseTo(2.379, 9);
  });

  it('readTop500List converts GFlop/s (2016-11, unitless "Rmax") and keeps TFlop/s (2017-06, "Rmax [TFlop/s]") on one scale', () => {
    const before = readTop500List({ ctx, list: '2016-11', countryOverrides });
    const after = readTop500List({ ctx, list: '2017-06', countryOverrides });
    // Sunway TaihuLight is number 1 on both lists: 93,014,593.88 GFlop/s and 93,014.594 TFlop/s.
    expect(before.systems[0].rmaxTflops).toBeCloseTo(93014.594, 2);
    expect(after.systems[0].rmaxTflops).toBeCloseTo(93014.594, 3);
    expect(before.systems[0].country).toBe('CHN');
    // The list totals differ by growth, not by a factor of 1,000.
    const ratio = sum(after.systems.map((s) => s.rmaxTflops)) / sum(before.systems.map((s) => s.rmaxTflops));
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(1.5);
  });

  it('readTop500List rejects a list that does not hold 500 systems, and a unitless Rmax from 2017-06 on', () => {
    const header = 'Rank,Country,Rmax';
    const file = 'top500/TOP500_2018-06.csv';
    const roles = { [TOP500_LIST_ROLE]: 'top500/TOP500_<YYYY-MM>.csv' };
    expect(() => readTop500List({ ctx: fixtureContext({ [file]: `${header}\n1,China,5\n` }, roles), list: '2018-06', countryOverrides })).toThrow(
      `${file}:1:Rmax: expected a unit in the Rmax header ("[TFlop/s]") for lists from 2017-06, got "Rmax"`
    );
    const tf = 'Rank,Country,Rmax [TFlop/s]';
    expect(() => readTop500List({ ctx: fixtureContext({ [file]: `${tf}\n1,China,5\n` }, roles), list: '2018-06', countryOverrides })).toThrow(
      `${file}: expected 500 systems, got 1`
    );
    expect(() => readTop500List({ ctx: fixtureContext({ [file]: `${tf}\n1,Atlantis,5\n` }, roles), list: '2018-06', countryOverrides })).toThrow(
      `${file}:2:Country: expected a country name with an ISO3 code, got "Atlantis"`
    );
  });
});

describe.skipIf(!runsOnRaw('top500_lists'))('readTop500List on the 49 full lists', () => {
  const ctx = createEtlContext(RAW_DIR, RAW_SOURCES);
  const count = (list: string, code: string) =>
    readTop500List({ ctx, list, countryOverrides }).systems.filter((s) => s.country === code).length;

  it('reads all 49 lists with 500 systems each (hand-checked: June 2025 has 500 systems)', () => {
    // The lists the committed edition's catalogue names (config/series.json, the top500 entries' options).
    const lists = top500ListNames(catalogue.find((e) => e.reader === 'top500')!.options as Parameters<typeof top500ListNames>[0]);
    expect(lists).toHaveLength(49);
    for (const list of lists) expect(readTop500List({ ctx, list, countryOverrides }).systems, list).toHaveLength(500);
  });

  it('counts match the published TOP500 country statistics: China 227 and the US 109 in Nov 2018; China 47, US 175 in June 2025', () => {
    expect(count('2018-11', 'CHN')).toBe(227);
    expect(count('2018-11', 'USA')).toBe(109);
    expect(count('2025-06', 'CHN')).toBe(47);
    expect(count('2025-06', 'USA')).toBe(175);
  });
});
