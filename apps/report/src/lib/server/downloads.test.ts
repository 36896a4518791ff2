import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { download, DOWNLOADS, editionZip, indexResultsCsv, seriesCsv } from './downloads';

const editionDir = resolve(__dirname, '../../../../../packages/data/editions/2026');
const read = (path: string) => readFileSync(resolve(editionDir, path), 'utf8');

describe('downloads', () => {
  it('serves the edition files byte for byte', () => {
    expect(download(2026, 'claims.csv').body).toBe(read('claims.csv'));
    expect(download(2026, 'claims.json').body).toBe(read('claims.json'));
    expect(download(2026, 'spec.json').body).toBe(read('index/spec.json'));
    expect(download(2026, 'iMeta.csv').body).toBe(read('index/iMeta.csv'));
  });

  it('every listed download builds', () => {
    for (const name of DOWNLOADS) expect(download(2026, name).body.length, name).toBeGreaterThan(100);
  });

  it('seriesCsv writes entity,year,value in the unit, skipping nulls', () => {
    expect(
      seriesCsv({
        schema: 2,
        id: 'x',
        sourceId: 's',
        unit: 'US$',
        scale: 1e6,
        transformation: '',
        years: [2020, 2021],
        values: { B: [1.5, null], A: [null, 2] }
      })
    ).toBe('entity,year,value\nA,2021,2000000\nB,2020,1500000\n');
  });

  it('the zip is deterministic and holds README, every edition file and a CSV per series', () => {
    const zip = editionZip(2026);
    expect(editionZip(2026)).toEqual(zip);
    const files = unzipSync(zip);
    const manifest = JSON.parse(read('manifest.json')) as { series: string[]; sources: { licence: string }[] };
    expect(strFromU8(files['dtr-edition-2026/manifest.json'])).toBe(read('manifest.json'));
    for (const id of manifest.series) expect(files[`dtr-edition-2026/csv/${id}.csv`], id).toBeDefined();
    const readme = strFromU8(files['dtr-edition-2026/README.md']);
    for (const s of manifest.sources) expect(readme).toContain(`Licence: ${s.licence}`);
  });

  it('the README gives each source the licence of what is derived from it: NC-SA with its wording, or the source’s terms', () => {
    const readme = strFromU8(unzipSync(editionZip(2026))['dtr-edition-2026/README.md']);
    const section = (id: string) => readme.slice(readme.indexOf(`### ${id}:`)).split('\n### ')[0];
    expect(section('telegeography-cables-2022-11')).toContain('- Charts and tables derived from it: CC BY-NC-SA 3.0');
    expect(section('telegeography-cables-2022-11')).toContain(
      'Attribution-NonCommercial-ShareAlike 3.0 Unported (CC BY-NC-SA 3.0)”'
    );
    expect(section('nbs-provincial-gdp')).toContain('- Charts and tables derived from it: the source’s terms');
    expect(section('gfdc-bri-2023-12')).toContain('- Charts and tables derived from it: the source’s terms');
    expect(section('wdi-2026-07')).toContain('- Charts and tables derived from it: CC BY 4.0');
  });

  it('index results rank all 173 economies with China present and intervals around its rank', () => {
    const lines = indexResultsCsv(2026).trim().split('\n');
    expect(lines).toHaveLength(174);
    const chn = lines.find((l) => l.startsWith('CHN,'))!.split(',');
    const [rank, , q05, q95] = chn.slice(-4).map(Number);
    expect(q05).toBeLessThanOrEqual(rank);
    expect(q95).toBeGreaterThanOrEqual(rank);
  });
});
