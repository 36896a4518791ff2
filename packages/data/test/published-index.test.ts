import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@dtr/csv';
import type { BriFile, CountriesFile, Series } from '../src/schema/types.ts';
import { buildIndexFramework } from '../src/index-framework/build-index-framework.ts';
import { readFrameworkConfig } from '../src/edition/read-framework-config.ts';
import { seriesLookup } from '../src/index-framework/latest-in-window.ts';

// The committed 2026 edition's index files, checked against the rules they claim to follow.
const dir = new URL('../editions/2026/', import.meta.url).pathname;
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const table = (f: string) => {
  const [header, ...rows] = parseCsv({ text: read(f), file: f }).map((r) => r.fields);
  return { header, rows };
};
const FRAMEWORK_2026 = readFrameworkConfig({ configDir: join(dir, 'config'), edition: 2026 })!;
const method = JSON.parse(read('index/method.json'));
const iData = table('index/iData.csv');
const iYears = table('index/iYears.csv');
const flags = table('index/flags.csv');
const indicators = FRAMEWORK_2026.indicators.map((d) => d.code);
const col = (t: { header: string[] }, code: string) => t.header.indexOf(code);
const present = (row: string[], code: string) => row[col(iData, code)] !== 'NA';
const flagSet = (flag: string) => new Set(flags.rows.filter((r) => r[2] === flag).map((r) => `${r[0]} ${r[1]}`));

describe('published 2026 index', () => {
  it('ranks only units that meet every pillar minimum and the overall screen', () => {
    expect(method.coverage.pillars.map((p: { code: string; required: number }) => [p.code, p.required])).toEqual([
      ['Goods', 1],
      ['Services', 2],
      ['DataInfra', 2]
    ]);
    expect(iData.rows.length).toBe(method.coverage.kept);
    for (const row of iData.rows) {
      for (const p of method.coverage.pillars as { code: string; indicators: string[]; required: number }[]) {
        const have = p.indicators.filter((c) => present(row, c)).length;
        expect(have, `${row[0]} ${p.code}`).toBeGreaterThanOrEqual(p.required);
      }
      const counted = (method.coverage.overall.counted as string[]).filter((c) => present(row, c)).length;
      expect(counted, row[0]).toBeGreaterThanOrEqual(method.coverage.overall.required);
    }
  });

  it('lists exactly the economies the rule excludes, with the pillars that fall short', () => {
    const byId = new Map<string, Series>();
    for (const f of readdirSync(join(dir, 'series')).filter((f) => f.endsWith('.json'))) {
      const s = JSON.parse(read(`series/${f}`)) as Series;
      byId.set(s.id, s);
    }
    const t = buildIndexFramework({
      definition: FRAMEWORK_2026,
      countries: JSON.parse(read('entities/countries.json')) as CountriesFile,
      bri: JSON.parse(read('entities/bri.json')) as BriFile,
      series: seriesLookup(byId, dir)
    });
    expect(method.coverage.excluded).toEqual(JSON.parse(JSON.stringify(t.exclusions)));
    expect(t.units.map((u) => u.code)).toEqual(iData.rows.map((r) => r[0]));
    const excluded = new Set(method.coverage.excluded.map((x: { code: string }) => x.code));
    for (const code of ['GNB', 'IRQ', 'VUT', 'AND', 'MLT', 'THA', 'PER']) expect(excluded.has(code), code).toBe(true);
    expect(method.coverage.excluded.find((x: { code: string }) => x.code === 'AND').pillars).toEqual([
      { code: 'Services', available: 1, required: 2 }
    ]);
  });

  it('flags every missing cell of a weighted pillar as imputed (availableMean), and nothing else', () => {
    const expected = new Set<string>();
    for (const row of iData.rows)
      for (const d of FRAMEWORK_2026.indicators) {
        const weighted = FRAMEWORK_2026.aggregates.find((a) => a.code === d.pillar)!.weight > 0;
        if (weighted && !present(row, d.code)) expected.add(`${row[0]} ${d.code}`);
      }
    expect(expected.size).toBeGreaterThan(0);
    expect(flagSet('imputed')).toEqual(expected);
    expect(new Set(flags.rows.filter((r) => r[2] === 'imputed').map((r) => r[6]))).toEqual(new Set(['availableMean']));
    expect(JSON.parse(read('index/spec.json')).impute).toEqual({ method: 'availableMean' });
  });

  it('flags exactly the cells the published run imputed (results.json method log, written by core at edition build)', () => {
    const imputed = (JSON.parse(read('index/results.json')).log.imputed as { code: string; unit: string }[]).map(
      (c) => `${c.unit} ${c.code}`
    );
    expect(imputed.length).toBe(method.imputation.cells);
    expect(new Set(imputed)).toEqual(flagSet('imputed'));
  });

  it('flags every value older than its indicator reference year as carried forward, with that year', () => {
    const refs = Object.fromEntries(
      method.recency.indicators.map((i: { code: string; referenceYear: number }) => [i.code, i.referenceYear])
    );
    const expected = new Set<string>();
    iYears.rows.forEach((row) => {
      for (const code of indicators) {
        const y = row[col(iYears, code)];
        if (y !== 'NA' && Number(y) < refs[code]) expected.add(`${row[0]} ${code}`);
      }
    });
    expect(flagSet('carried-forward')).toEqual(expected);
    const india = flags.rows.find((r) => r[0] === 'IND' && r[1] === 'InternetUse');
    expect(india?.slice(2, 5)).toEqual(['carried-forward', '2020', String(refs.InternetUse)]);
  });

  it('keeps no value older than the recency rule allows', () => {
    const { maxAge } = method.recency;
    for (const ind of method.recency.indicators as { code: string; referenceYear: number }[])
      for (const row of iYears.rows) {
        const y = row[col(iYears, ind.code)];
        if (y !== 'NA') expect(Number(y), `${row[0]} ${ind.code}`).toBeGreaterThanOrEqual(ind.referenceYear - maxAge);
      }
  });

  it('moves the ITU IDI out of the index into the external measures, and marks small economies', () => {
    expect(indicators).not.toContain('IDI');
    expect(table('index/external.csv').header).toEqual([
      'uCode',
      'IDI',
      'GDPpc',
      'Pop',
      'IDI_year',
      'GDPpc_year',
      'Pop_year'
    ]);
    const small = iData.rows.filter((r) => r[col(iData, 'Size_group')] === 'Small').map((r) => r[0]);
    expect(small).toEqual(method.smallEconomies.units);
    expect(small).toContain('KNA');
    expect(small).not.toContain('CHN');
  });
});
