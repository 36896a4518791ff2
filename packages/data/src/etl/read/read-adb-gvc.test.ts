import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { GVC_ROLES, readAdbGvc } from './read-adb-gvc.ts';

const GVC_FILES = {
  older: 'adb_mrio_gvc_participation/gvcp_agg0_agg5.csv',
  jun2023: 'adb_mrio_gvc_participation/gvcp_jun2023_agg0_agg5.csv',
  countries: 'adb_mrio_gvc_participation/countries_consolidated.csv'
};
const roles = {
  [GVC_ROLES.older]: GVC_FILES.older,
  [GVC_ROLES.jun2023]: GVC_FILES.jun2023,
  [GVC_ROLES.countries]: GVC_FILES.countries
};

const HEADER =
  't,s,agg,i,Exports,va,GVC_trade_f,GVC_trade_b,GVC_trade,GVC_prod,GVCP_trade_f,GVCP_trade_b,GVCP_trade,GVCP_prod';
const row = (t: number, s: number, agg: number, i: number, b: number) =>
  `${t},${s},${agg},${i},1,1,1,1,1,1,0.2,${b},0.5,0.1`;
const COUNTRIES = 'iso_num,iso_a3,mrio,name\n156,CHN,8,PRC\n392,JPN,25,Japan\n,ROW,73,Rest of the world';
const ctx = (older: string[], jun2023: string[]) =>
  fixtureContext(
    {
      [GVC_FILES.older]: [HEADER, ...older].join('\n'),
      [GVC_FILES.jun2023]: [HEADER, ...jun2023].join('\n'),
      [GVC_FILES.countries]: COUNTRIES
    },
    roles
  );

describe('readAdbGvc', () => {
  it('readAdbGvc takes 2017–2019 from the older file and 2020 onwards from the June-2023 revision', () => {
    const c = ctx(
      [row(2019, 8, 0, 0, 0.17), row(2020, 8, 0, 0, 0.99), row(2021, 8, 0, 0, 0.99)],
      [row(2020, 8, 0, 0, 0.155), row(2022, 8, 0, 0, 0.175)]
    );
    expect(readAdbGvc(c, 'GVCP_trade_b', 0).map((r) => [r.year, r.value])).toEqual([
      [2019, 0.17],
      [2020, 0.155],
      [2022, 0.175]
    ]);
  });

  it('readAdbGvc selects a five-sector row by agg 5 and sector index, maps MRIO codes to ISO3 and drops the rest of the world', () => {
    const c = ctx(
      [row(2019, 25, 0, 0, 0.1)],
      [row(2022, 8, 0, 0, 0.1), row(2022, 8, 5, 3, 0.3), row(2022, 25, 5, 3, 0.4), row(2022, 73, 5, 3, 0.5)]
    );
    expect(readAdbGvc(c, 'GVCP_trade_b', 3).map((r) => [r.entity, r.value])).toEqual([
      ['CHN', 0.3],
      ['JPN', 0.4]
    ]);
  });

  it('readAdbGvc rejects an MRIO code missing from the country table', () => {
    expect(() => readAdbGvc(ctx([row(2019, 25, 0, 0, 0.1)], [row(2022, 99, 0, 0, 0.1)]), 'GVCP_trade_b', 0)).toThrow(
      `${GVC_FILES.jun2023}:2:s: expected an MRIO economy code listed in ${GVC_FILES.countries}, got "99"`
    );
  });

  it('readAdbGvc rejects a participation rate outside 0–1 (a percentage by mistake)', () => {
    expect(() => readAdbGvc(ctx([row(2019, 25, 0, 0, 0.1)], [row(2022, 8, 0, 0, 17.5)]), 'GVCP_trade_b', 0)).toThrow(
      ':2:GVCP_trade_b: expected a share in 0–1, got 17.5'
    );
  });
});
