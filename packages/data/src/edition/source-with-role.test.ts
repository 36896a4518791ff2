import { describe, expect, it } from 'vitest';
import type { ConfigSource } from '../schema/types.ts';
import { sourceWithRole } from './source-with-role.ts';

const source = (id: string, files: string[], roles?: Record<string, string>): ConfigSource => ({
  id,
  publisher: 'P',
  dataset: 'D',
  vintage: '2027',
  licence: 'CC BY 4.0',
  url: 'https://example.org/',
  citation: 'C',
  files,
  caveats: [],
  ...(roles ? { roles } : {})
});
const registry = 'editions/2027/config/sources.json';

describe('sourceWithRole', () => {
  it('sourceWithRole gives the one source naming the role, its file and the JSON path of the name', () => {
    const sources = [
      source('wdi-2027-03', ['wdi/API.csv', 'wdi/Metadata_Country_2027.csv'], {
        'wdi-country-metadata': 'wdi/Metadata_Country_2027.csv'
      }),
      source('wto-rta-2027-02', ['wto/AllRTAs-2027.xlsx'], { 'wto-rtas': 'wto/AllRTAs-2027.xlsx' })
    ];
    const found = sourceWithRole({ sources, role: 'wto-rtas', registry });
    expect([found.source.id, found.file, found.path]).toEqual([
      'wto-rta-2027-02',
      'wto/AllRTAs-2027.xlsx',
      '$[1].roles["wto-rtas"]'
    ]);
  });

  it('sourceWithRole accepts a file family listed with a note (`cable/<id>.json (526 cables)`)', () => {
    const sources = [
      source('tg', ['tg/cable/<id>.json (526 cables)'], { 'telegeography-cable': 'tg/cable/<id>.json' })
    ];
    expect(sourceWithRole({ sources, role: 'telegeography-cable', registry }).file).toBe('tg/cable/<id>.json');
  });

  it('sourceWithRole fails with the registry, the JSON path, expected and got when no source names the role', () => {
    expect(() => sourceWithRole({ sources: [source('x', ['a.csv'])], role: 'wto-rtas', registry })).toThrow(
      'editions/2027/config/sources.json:$[*].roles["wto-rtas"]: expected one source naming the raw file of role "wto-rtas", got none'
    );
  });

  it('sourceWithRole fails when two sources name the same role', () => {
    const sources = [source('x', ['a.csv'], { 'wto-rtas': 'a.csv' }), source('y', ['b.csv'], { 'wto-rtas': 'b.csv' })];
    expect(() => sourceWithRole({ sources, role: 'wto-rtas', registry })).toThrow('got sources x, y');
  });

  it("sourceWithRole fails with the role's JSON path when the file is not one of the source's files", () => {
    const sources = [
      source('a', ['x.csv']),
      source('wto', ['wto/AllRTAs.xlsx'], { 'wto-rtas': 'wto/AllRTAs-2027.xlsx' })
    ];
    expect(() => sourceWithRole({ sources, role: 'wto-rtas', registry })).toThrow(
      'editions/2027/config/sources.json:$[1].roles["wto-rtas"]: expected one of the files of source "wto" (wto/AllRTAs.xlsx), got "wto/AllRTAs-2027.xlsx"'
    );
  });
});
