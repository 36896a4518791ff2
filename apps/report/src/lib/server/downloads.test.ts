import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@dtr/csv';
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
    const header = lines[0].split(',');
    const chn = lines.find((l) => l.startsWith('CHN,'))!.split(',');
    const at = (name: string) => Number(chn[header.indexOf(name)]);
    expect(at('RankQ05')).toBeLessThanOrEqual(at('Rank'));
    expect(at('RankQ95')).toBeGreaterThanOrEqual(at('Rank'));
  });

  it('index results mark the small economies, rank the others without them, and count each economy’s flagged cells', () => {
    const [header, ...records] = parseCsv({ text: indexResultsCsv(2026), file: 'index-results.csv' }).map(
      (r) => r.fields
    );
    expect(header.slice(-4)).toEqual(['Small', 'RankWithoutSmall', 'Imputed', 'CarriedForward']);
    const rows = records.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
    const method = JSON.parse(read('index/method.json'));
    const small = rows.filter((r) => r.Small === '1').map((r) => r.uCode);
    expect(small).toEqual(method.smallEconomies.units);
    // A small economy has no rank without the small economies; every other has one, 1…n with no gaps above n.
    for (const r of rows) expect(r.RankWithoutSmall === '').toBe(r.Small === '1');
    const without = rows.filter((r) => r.Small === '0').map((r) => Number(r.RankWithoutSmall));
    expect(Math.min(...without)).toBe(1);
    expect(Math.max(...without)).toBeLessThanOrEqual(without.length);
    // The counts add up to method.json's totals, and match flags.csv for one economy (India's internet use, 2020).
    const sum = (k: string) => rows.reduce((s, r) => s + Number(r[k]), 0);
    expect(sum('Imputed')).toBe(method.imputation.cells);
    expect(sum('CarriedForward')).toBe(method.imputation.carriedForward);
    const india = read('index/flags.csv')
      .split('\n')
      .filter((l) => l.startsWith('IND,'));
    expect(Number(rows.find((r) => r.uCode === 'IND')!.CarriedForward)).toBe(
      india.filter((l) => l.split(',')[2] === 'carried-forward').length
    );
  });
});
