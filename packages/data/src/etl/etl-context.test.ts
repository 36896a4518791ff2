import { describe, expect, it } from 'vitest';
import { FIXTURE_RAW_DIR } from '../../test/raw-folder.ts';
import type { ConfigSource } from '../schema/types.ts';
import { createEtlContext } from './etl-context.ts';

const wto = (files: string[], roles: Record<string, string>): ConfigSource => ({
  id: 'wto-rta-2027-02',
  publisher: 'WTO',
  dataset: 'RTA database',
  vintage: '2027-02',
  licence: 'terms',
  url: 'https://rtais.wto.org/',
  citation: 'WTO',
  files,
  caveats: [],
  roles
});
const tg = 'telegeography_submarine_cables/web/public/api/v3';

describe('createEtlContext', () => {
  it('createEtlContext reads a raw file as text and names a missing one', () => {
    const ctx = createEtlContext(FIXTURE_RAW_DIR, []);
    expect(ctx.read(`${tg}/cable/all.json`).startsWith('[')).toBe(true);
    expect(() => ctx.read('nope.csv')).toThrow(
      `nope.csv: expected a readable file in ${FIXTURE_RAW_DIR}, got no such file`
    );
  });

  it('rawFile gives the file config/sources.json names for a role, whatever the download is called', () => {
    const ctx = createEtlContext(FIXTURE_RAW_DIR, [
      wto(['wto_rta_database/allrtas_cut.xlsx'], { 'wto-rtas': 'wto_rta_database/allrtas_cut.xlsx' })
    ]);
    expect(ctx.rawFile({ role: 'wto-rtas' })).toBe('wto_rta_database/allrtas_cut.xlsx');
  });

  it('rawFile fails with config/sources.json, the JSON path, expected and got when the named file is not in the raw folder', () => {
    const ctx = createEtlContext(FIXTURE_RAW_DIR, [
      wto(['wto_rta_database/AllRTAs.xlsx'], { 'wto-rtas': 'wto_rta_database/AllRTAs.xlsx' })
    ]);
    expect(() => ctx.rawFile({ role: 'wto-rtas' })).toThrow(
      `config/sources.json:$[0].roles["wto-rtas"]: expected a file in ${FIXTURE_RAW_DIR}, got "wto_rta_database/AllRTAs.xlsx", not there`
    );
  });

  it('rawFile fails when no source names the role', () => {
    expect(() => createEtlContext(FIXTURE_RAW_DIR, []).rawFile({ role: 'wdi-country-metadata' })).toThrow(
      'config/sources.json:$[*].roles["wdi-country-metadata"]: expected one source naming the raw file of role "wdi-country-metadata", got none'
    );
  });

  it("rawFile checks a file family's placeholder and its folder", () => {
    const family = (file: string) =>
      createEtlContext(FIXTURE_RAW_DIR, [{ ...wto([file], { 'telegeography-cable': file }), id: 'tg' }]);
    expect(family(`${tg}/cable/<id>.json`).rawFile({ role: 'telegeography-cable', placeholder: '<id>' })).toBe(
      `${tg}/cable/<id>.json`
    );
    expect(() => family(`${tg}/cable/all.json`).rawFile({ role: 'telegeography-cable', placeholder: '<id>' })).toThrow(
      `config/sources.json:$[0].roles["telegeography-cable"]: expected a file name with <id>, got "${tg}/cable/all.json"`
    );
    expect(() =>
      family(`${tg}/cables/<id>.json`).rawFile({ role: 'telegeography-cable', placeholder: '<id>' })
    ).toThrow(`expected a folder in ${FIXTURE_RAW_DIR} holding <id> files, got "${tg}/cables/<id>.json", not there`);
  });
});
