import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { readItuIdi } from './read-itu-idi.ts';

const ITU_IDI_FILE = 'itu_idi_2024/itu_idi_2024.csv';

const HEADER = 'economy_name,iso3,idi_score,idi_2023,year,region,income_group';
const read = (...lines: string[]) =>
  readItuIdi(fixtureContext({ [ITU_IDI_FILE]: [HEADER, ...lines].join('\n') }), ITU_IDI_FILE);

describe('readItuIdi', () => {
  it('readItuIdi assigns CIV and TUR to the two mis-encoded rows that lack an ISO3', () => {
    const rows = read("C\ufffdte d'Ivoire,,65.3,59.0,2024,AFR,LMI", 'T\ufffdrkiye,,87.5,85.8,2024,EUR,UMI');
    expect(rows.map((r) => [r.entity, r.year, r.value])).toEqual([
      ['CIV', 2023, 59],
      ['CIV', 2024, 65.3],
      ['TUR', 2023, 85.8],
      ['TUR', 2024, 87.5]
    ]);
  });

  it('readItuIdi rejects any other row without an ISO3', () => {
    expect(() => read('Somewhere,,50,49,2024,EUR,HI')).toThrow(
      `${ITU_IDI_FILE}:2:iso3: expected an ISO3 code, got "" for "Somewhere"`
    );
  });

  it('readItuIdi rejects a mis-encoded name it does not know how to repair', () => {
    expect(() => read('Cura\ufffdao,CUW,50,49,2024,AME,HI')).toThrow(':2:economy_name: expected valid UTF-8 text');
  });

  it('readItuIdi rejects a score outside 0–100', () => {
    expect(() => read('China,CHN,858,84.4,2024,ASP,UMI')).toThrow(':2:idi_score: expected a score in 0–100, got 858');
  });
});
