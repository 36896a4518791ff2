import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BriFile } from '../schema/types.ts';
import { briStatusOn } from './bri-status-on.ts';

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
    { code: 'RUS', joined: null, exited: null }
  ]
};

describe('briStatusOn', () => {
  it('briStatusOn is not-yet, member, then exited around the join and exit dates', () => {
    expect(['2019-02-28', '2019-03-01', '2023-06-11', '2023-06-12'].map((d) => briStatusOn('ITA', d, list))).toEqual([
      'not-yet',
      'member',
      'member',
      'exited'
    ]);
  });

  it('briStatusOn is unknown, not not-yet, before the list date for a member without a join date', () => {
    expect(['2013-09-07', '2023-12-30', '2023-12-31', '2026-01-01'].map((d) => briStatusOn('RUS', d, list))).toEqual([
      'unknown',
      'unknown',
      'member',
      'member'
    ]);
  });

  it('briStatusOn is not-listed for a country not on the list', () => {
    expect(briStatusOn('USA', '2024-01-01', list)).toBe('not-listed');
  });

  it('briStatusOn on the committed 2026 list: Austria, Congo Rep., Niger and Russia unknown in 2020, members at the list date', () => {
    expect(
      ['AUT', 'COG', 'NER', 'RUS'].map((c) => [
        briStatusOn(c, '2020-01-01', committed),
        briStatusOn(c, '2023-12-31', committed)
      ])
    ).toEqual(Array(4).fill(['unknown', 'member']));
  });
});
