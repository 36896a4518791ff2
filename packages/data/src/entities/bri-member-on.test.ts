import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BriFile } from '../schema/types.ts';
import { briMemberOn } from './bri-member-on.ts';

/** The 2026 edition's list as committed (read by the test; the library never reads an edition's own output). */
const committed = JSON.parse(
  readFileSync(new URL('../../editions/2026/entities/bri.json', import.meta.url), 'utf8')
) as BriFile;

const list: BriFile = {
  schema: 2,
  sourceId: 'gfdc-bri-2023-12',
  asOf: '2023-12',
  unknownJoinDate: '2023-12-31',
  members: [
    { code: 'ITA', joined: '2019-03-01', exited: '2023-06-12' },
    { code: 'RUS', joined: null, exited: null },
    { code: 'PAK', joined: '2013-01-01', exited: null }
  ]
};

describe('briMemberOn', () => {
  it('briMemberOn is true from the join date (inclusive)', () => {
    expect([briMemberOn('ITA', '2019-02-28', list), briMemberOn('ITA', '2019-03-01', list)]).toEqual([false, true]);
  });

  it('briMemberOn is false from the exit date on (Italy left on 2023-06-12)', () => {
    expect([
      briMemberOn('ITA', '2023-06-11', list),
      briMemberOn('ITA', '2023-06-12', list),
      briMemberOn('ITA', '2024-01-01', list)
    ]).toEqual([true, false, false]);
  });

  it('briMemberOn counts a member without a join date only from the list date (2023-12-31), never from an assumed date', () => {
    expect([
      briMemberOn('RUS', '2013-09-07', list),
      briMemberOn('RUS', '2023-12-30', list),
      briMemberOn('RUS', '2023-12-31', list),
      briMemberOn('RUS', '2025-01-01', list)
    ]).toEqual([false, false, true, true]);
  });

  it('briMemberOn is false for a country not on the list', () => {
    expect(briMemberOn('USA', '2020-01-01', list)).toBe(false);
  });

  it('briMemberOn on the committed 2026 edition list: Italy out after June 2023, Russia only from the list date, China listed from 2013-12-01, USA never', () => {
    expect([
      briMemberOn('ITA', '2022-01-01', committed),
      briMemberOn('ITA', '2023-07-01', committed),
      briMemberOn('RUS', '2020-01-01', committed),
      briMemberOn('RUS', '2023-12-31', committed),
      briMemberOn('CHN', '2013-11-30', committed),
      briMemberOn('CHN', '2013-12-01', committed),
      briMemberOn('USA', '2020-01-01', committed)
    ]).toEqual([true, false, false, true, false, true, false]);
  });
});
