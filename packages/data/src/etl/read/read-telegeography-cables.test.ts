import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_RAW_DIR, RAW_DIR, RAW_SOURCES, runsOnRaw } from '../../../test/raw-folder.ts';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { createEtlContext } from '../etl-context.ts';
import { readNamesConfig } from '../../edition/read-names-config.ts';
import { CABLE_LIST_ROLE, CABLE_ROLE, readTelegeographyCables } from './read-telegeography-cables.ts';
import { readTelegeographyLandingPoints } from './read-telegeography-landing-points.ts';

const TELEGEOGRAPHY = 'telegeography_submarine_cables/web/public/api/v3';
const config = readNamesConfig({ configDir: new URL('../../../editions/2026/config/', import.meta.url).pathname }).telegeography;
const read = (rawDir: string) => {
  const ctx = createEtlContext(rawDir, RAW_SOURCES);
  const points = readTelegeographyLandingPoints(ctx);
  return { points, cables: readTelegeographyCables({ ctx, points, ...config }) };
};

describe('readTelegeographyCables on the fixture (4 cables cut from the Nov-2022 files)', () => {
  const { cables } = read(FIXTURE_RAW_DIR);
  const byId = new Map(cables.map((c) => [c.id, c]));

  it('readTelegeographyCables keeps Hong Kong (Lantau Island, Chung Hom Kok) apart from mainland China (Chongming, Shantou)', () => {
    const apcn2 = byId.get('apcn-2')!;
    expect(apcn2.rfsYear).toBe(2001);
    expect(apcn2.isPlanned).toBe(false);
    expect(apcn2.countries).toEqual(expect.arrayContaining(['CHN', 'HKG', 'JPN', 'KOR', 'MYS', 'PHL', 'SGP', 'TWN']));
    expect(apcn2.landingPoints.find((lp) => lp.id === 'lantau-island-china')?.country).toBe('HKG');
    expect(apcn2.landingPoints.find((lp) => lp.id === 'chongming-china')?.country).toBe('CHN');
  });

  it('readTelegeographyCables reads planned systems and keeps a missing ready-for-service year as null', () => {
    expect(byId.get('asia-direct-cable-adc')).toMatchObject({ isPlanned: true, rfsYear: 2023 });
    expect(byId.get('hdr1')).toMatchObject({ rfsYear: null, countries: ['CAN'] });
  });

  it('readTelegeographyCables maps TeleGeography country names through the overrides ("Congo, Dem. Rep." → COD)', () => {
    expect(byId.get('2africa')!.countries).toEqual(expect.arrayContaining(['COD', 'COG', 'EGY', 'ZAF']));
  });

  it('readTelegeographyCables names the file and field of a country it cannot map', () => {
    const file = 'tg/cables/x.json';
    const ctx = fixtureContext(
      {
        'tg/cables/list.json': '[{"id":"x","name":"X"}]',
        [file]: '{"rfs_year":2000,"is_planned":false,"landing_points":[{"id":"p","country":"Atlantis"}]}'
      },
      { [CABLE_LIST_ROLE]: 'tg/cables/list.json', [CABLE_ROLE]: 'tg/cables/<id>.json' }
    );
    const points = new Map([['p', { id: 'p', name: 'P', lon: 0, lat: 0 }]]);
    expect(() => readTelegeographyCables({ ctx, points, ...config })).toThrow(
      `${file}:landing_points[0].country: expected a country name with an ISO3 code (config/names.data-trade.json), got "Atlantis"`
    );
  });
});

describe.skipIf(!runsOnRaw('telegeography_submarine_cables'))('readTelegeographyCables on the full Nov-2022 files', () => {
  it('reads all 526 cables; the systems landing in CHN, HKG or MAC are exactly the 20 of TeleGeography\'s country/china.json', () => {
    const { cables, points } = read(RAW_DIR);
    expect(cables).toHaveLength(526);
    expect(points.size).toBe(1436);
    const china = JSON.parse(readFileSync(join(RAW_DIR, TELEGEOGRAPHY, 'country/china.json'), 'utf8')) as { cables: { id: string }[] };
    const ours = cables.filter((c) => c.countries.some((code) => ['CHN', 'HKG', 'MAC'].includes(code))).map((c) => c.id);
    expect(ours.sort()).toEqual(china.cables.map((c) => c.id).sort());
    expect(ours).toHaveLength(20);
    const hkg = new Set(cables.flatMap((c) => c.landingPoints.filter((lp) => lp.country === 'HKG').map((lp) => lp.id)));
    expect([...hkg].sort()).toEqual(['cape-daguilar-china', 'chung-hom-kok-china', 'deep-water-bay-china', 'hong-kong-china', 'lantau-island-china', 'tong-fuk-china', 'tseung-kwan-o-china']);
    const mac = new Set(cables.flatMap((c) => c.landingPoints.filter((lp) => lp.country === 'MAC').map((lp) => lp.id)));
    expect([...mac]).toEqual(['taipa-china']);
    expect(existsSync(join(RAW_DIR, TELEGEOGRAPHY))).toBe(true);
  });
});
