import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { entityGroups } from '$lib/edition/entity-groups';
import { briMembership, EXITED, UNDATED } from './bri-membership';

const { bri } = getEdition(2026).entities;
const bands = entityGroups(getEdition(2026)).briJoinBands;

describe('briMembership', () => {
  it('lists 151 economies (Italy included) and 150 members on 2024-01-01, after Italy left on 2023-06-12', () => {
    const m = briMembership(bri, bands);
    expect(m.listed).toBe(151);
    expect(m.onDate).toEqual({ date: '2024-01-01', count: 150 });
    expect(m.exited).toEqual([{ code: 'ITA', date: '2023-06-12' }]);
    expect(m.members.find((d) => d.code === 'ITA')?.category).toBe(EXITED);
  });

  it('puts the four members without a join date (AUT, COG, NER, RUS) in their own category', () => {
    const m = briMembership(bri, bands);
    expect(m.undated).toEqual(['AUT', 'COG', 'NER', 'RUS']);
    expect(m.members.filter((d) => d.category === UNDATED)).toHaveLength(4);
  });

  it('counts members at each year end from 2013: 8 in 2013, 119 dated members by 2018 (plus undated ones once their assumed date has passed)', () => {
    const m = briMembership(bri, bands);
    const undatedBy = (y: number) => (bri.unknownJoinDate <= `${y}-12-31` ? 4 : 0);
    expect(m.years[0]).toBe(2013);
    expect(m.atYearEnd[0]).toBe(8 + undatedBy(2013));
    expect(m.atYearEnd[m.years.indexOf(2018)]).toBe(119 + undatedBy(2018));
    expect(m.atYearEnd[m.years.indexOf(2023)]).toBe(150);
  });

  it('sorts every dated member into one join-year band, 63 of them in 2018', () => {
    const m = briMembership(bri, bands);
    expect(m.members.filter((d) => d.category === '2018')).toHaveLength(63);
    expect(m.members.every((d) => d.category !== undefined)).toBe(true);
  });
});
