import { describe, expect, it } from 'vitest';
import type { BriFile } from '../../schema/types.ts';
import { cableObservations } from './cable-observations.ts';
import type { TelegeographyData } from './telegeography-data.ts';

const bri: BriFile = { schema: 2, sourceId: 'g', asOf: '2023-12', unknownJoinDate: '2023-12-31', members: [{ code: 'PAK', joined: '2014-04-20', exited: null }] };
const cable = (id: string, rfsYear: number | null, isPlanned: boolean, points: [string, string][]) => ({
  id, name: id, rfsYear, isPlanned, countries: [...new Set(points.map(([, c]) => c))].sort(), landingPoints: points.map(([pid, country]) => ({ id: pid, country }))
});
const data: TelegeographyData = {
  points: new Map(),
  cableFolder: 'tg/cable',
  pointCountry: new Map([['sh', 'CHN'], ['hk', 'HKG'], ['kr', 'PAK'], ['tk', 'JPN']]),
  cables: [
    cable('a', 2010, false, [['sh', 'CHN'], ['tk', 'JPN']]),
    cable('b', 2012, false, [['hk', 'HKG'], ['kr', 'PAK']]),
    cable('c', 2014, true, [['sh', 'CHN'], ['kr', 'PAK']]),
    cable('d', null, false, [['tk', 'JPN']])
  ]
};
const at = (measure: Parameters<typeof cableObservations>[0]['measure'], entity: string, year: number) =>
  cableObservations({ data, measure, bri }).find((o) => o.entity === entity && o.year === year)?.value;

describe('cableObservations', () => {
  it('cableObservations counts in-service and planned systems per economy and the world by ready-for-service year', () => {
    expect([at('cables-in-service', 'CHN', 2010), at('cables-in-service', 'CHN', 2014), at('cables-in-service', 'WLD', 2014)]).toEqual([1, 1, 2]);
    expect([at('cables-planned', 'CHN', 2013), at('cables-planned', 'CHN', 2014), at('cables-planned', 'WLD', 2014)]).toEqual([0, 1, 1]);
    expect([at('landing-points-in-service', 'WLD', 2012), at('landing-points-planned', 'PAK', 2014)]).toEqual([4, 1]);
  });

  it('cableObservations counts BRI members as of each year end, and keeps Hong Kong apart from China', () => {
    expect([at('cables-cumulative', 'BRI', 2013), at('cables-cumulative', 'BRI', 2014)]).toEqual([0, 2]);
    expect([at('cables-cumulative', 'CHN', 2014), at('cables-cumulative', 'HKG', 2014), at('cables-cumulative', 'WLD', 2014)]).toEqual([2, 1, 3]);
  });
});
