import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogueFile } from '../etl/catalogue-file.ts';
import { buildEdition } from './build-edition.ts';
import { editionSteps } from './edition-steps.ts';
import { readConsistencyChecks } from './read-consistency-checks.ts';
import type { ConfigSource } from '../schema/types.ts';
import { readSourcesConfig } from './read-sources-config.ts';

/** The publication date the tests' temporary editions are built with (their folders have no config/edition.json). */
const config = { published: '2026-12-01' };
const sources = readSourcesConfig({ configDir: new URL('../../editions/2026/config/', import.meta.url).pathname });

const FIXTURE_RAW = new URL('../../test/fixtures/raw', import.meta.url).pathname;
const COMMITTED = editionSteps({ configDir: new URL('../../editions/2026/config/', import.meta.url).pathname });
const SERIES = ['dds-exports', 'dds-imports', 'services-exports', 'services-imports'].map((id) =>
  COMMITTED.find((s) => s.output === `series/${id}.json`)!
);
const STEPS = [...SERIES, catalogueFile(SERIES)];
/** The committed 2026 spot checks that need only the four series this partial edition builds. */
const BUILT = new Set(SERIES.map((s) => s.output.slice('series/'.length, -'.json'.length)));
const checks = readConsistencyChecks({
  configDir: new URL('../../editions/2026/config/', import.meta.url).pathname
}).filter((c) => [...c.sum, ...(c.over ?? [])].every((t) => BUILT.has(t.series)));

let work: string;
let raw: string;
let editions: string;
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name), 'utf8')])
  );

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dtr-build-'));
  raw = join(work, 'raw');
  editions = join(work, 'editions');
  cpSync(FIXTURE_RAW, raw, { recursive: true });
  mkdirSync(editions);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('buildEdition', () => {
  it('buildEdition writes the manifest, the series and the catalogue, and lists them', async () => {
    const result = await buildEdition({
      edition: 2026,
      rawDir: raw,
      editionsDir: editions,
      steps: STEPS,
      sources,
      checks,
      config
    });
    expect(result.files).toEqual([
      'catalogue.json',
      'manifest.json',
      'series/dds-exports.json',
      'series/dds-imports.json',
      'series/services-exports.json',
      'series/services-imports.json'
    ]);
    const dds = JSON.parse(readFileSync(join(editions, '2026/series/dds-exports.json'), 'utf8'));
    expect(dds).toMatchObject({ schema: 2, unit: 'US$', scale: 1e6, years: [2022, 2023] });
    expect(dds.values).toEqual({ AFG: [null, null], CHN: [200000, 216265], WLD: [3800000, 4200000] });
    const manifest = JSON.parse(readFileSync(join(editions, '2026/manifest.json'), 'utf8'));
    expect(manifest.published).toBe('2026-12-01');
    expect(manifest.series).toEqual(['dds-exports', 'dds-imports', 'services-exports', 'services-imports']);
    expect(manifest.sources.map((s: { id: string }) => s.id)).toEqual(['unctad-data360-de', 'unctad-services-total']);
    expect(manifest.sources[0]).toMatchObject({ publisher: 'UNCTAD', licence: 'CC BY 4.0', vintage: '2025-12-18' });
  });

  it('buildEdition gives byte-identical output on a rerun', async () => {
    await buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps: STEPS, sources, checks, config });
    const first = snapshot(join(editions, '2026'));
    await buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps: STEPS, sources, checks, config });
    expect(snapshot(join(editions, '2026'))).toEqual(first);
  });

  it('buildEdition leaves the previous edition untouched, and no temp folder, when a raw file is bad', async () => {
    await buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps: STEPS, sources, checks, config });
    const before = snapshot(join(editions, '2026'));
    const file = join(raw, 'unctad_digitally_deliverable_services/UNCTAD_DE.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('216265', '216,265'));
    await expect(
      buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps: STEPS, sources, checks, config })
    ).rejects.toThrow('UNCTAD_DE.csv:3: expected 9 fields, got 10 fields');
    expect(snapshot(join(editions, '2026'))).toEqual(before);
    expect(readdirSync(editions)).toEqual(['2026']);
  });

  it('buildEdition reads a renamed raw file once only config/sources.json names it, and fails on a stale name leaving the previous build untouched', async () => {
    // A maintainer's new WTO download has a new name: the fixture's cut export, wto_rta_database/allrtas_cut.xlsx.
    const configDir = join(work, 'config');
    cpSync(new URL('../../editions/2026/config/', import.meta.url).pathname, configDir, { recursive: true });
    const registry = JSON.parse(readFileSync(join(configDir, 'sources.json'), 'utf8')) as ConfigSource[];
    const at = registry.findIndex((source) => source.roles?.['wto-rtas'] !== undefined);
    const renamed = 'wto_rta_database/allrtas_cut.xlsx';
    registry[at] = { ...registry[at], files: [renamed], roles: { 'wto-rtas': renamed } };
    writeFileSync(join(configDir, 'sources.json'), JSON.stringify(registry, null, 2));
    const agreements = editionSteps({ configDir }).find((step) => step.output === 'agreements/china.json')!;
    const steps = [...STEPS, agreements];
    const edited = readSourcesConfig({ configDir });
    await buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps, sources: edited, checks, config });
    const built = JSON.parse(readFileSync(join(editions, '2026/agreements/china.json'), 'utf8')) as {
      sourceId: string;
      agreements: { id: number }[];
    };
    expect(built.sourceId).toBe(registry[at].id);
    expect(built.agreements.length).toBeGreaterThan(0);
    const manifest = readFileSync(join(editions, '2026/manifest.json'), 'utf8');
    expect(manifest).toContain(renamed);
    expect(manifest).not.toContain('"roles"');
    const before = snapshot(join(editions, '2026'));
    // The committed registry still names wto_rta_database/AllRTAs.xlsx, which this raw folder does not hold.
    await expect(
      buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps, sources, checks, config })
    ).rejects.toThrow(
      `config/sources.json:$[${at}].roles["wto-rtas"]: expected a file in ${raw}, got "wto_rta_database/AllRTAs.xlsx", not there`
    );
    // A registry without the role fails the same way, naming the role.
    const without = edited.map(({ roles: _roles, ...source }) => source);
    await expect(
      buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps, sources: without, checks, config })
    ).rejects.toThrow(
      'config/sources.json:$[*].roles["wto-rtas"]: expected one source naming the raw file of role "wto-rtas", got none'
    );
    expect(snapshot(join(editions, '2026'))).toEqual(before);
    expect(readdirSync(editions)).toEqual(['2026']);
  });

  it('buildEdition refuses to swap in an edition that fails a consistency check', async () => {
    await buildEdition({ edition: 2026, rawDir: raw, editionsDir: editions, steps: STEPS, sources, checks, config });
    const before = snapshot(join(editions, '2026'));
    const file = join(raw, 'unctad_services_trade_total/services-trade.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('381120.6', '481120.6'));
    const error = await buildEdition({
      edition: 2026,
      rawDir: raw,
      editionsDir: editions,
      steps: STEPS,
      sources,
      checks,
      config
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual([
      expect.stringContaining(
        "series/dds-exports.json + series/services-exports.json:China's digitally deliverable share of services exports, 2023 (UNCTAD): 216,265 / 381,120.6 ≈ 56.7 %: expected 0.567 ± 0.001, got 0.4495"
      )
    ]);
    expect(snapshot(join(editions, '2026'))).toEqual(before);
  });

  it('buildEdition fails without writing anything when the raw folder is missing', async () => {
    await expect(
      buildEdition({
        edition: 2026,
        rawDir: join(work, 'nope'),
        editionsDir: editions,
        steps: STEPS,
        sources,
        checks,
        config
      })
    ).rejects.toThrow('expected the raw data folder, got no such folder');
    expect(readdirSync(editions)).toEqual([]);
  });

  it('buildEdition rejects an edition it has no configuration for', async () => {
    await expect(
      buildEdition({ edition: 1999, rawDir: raw, editionsDir: editions, steps: STEPS, sources, checks })
    ).rejects.toThrow(
      `${join(editions, '1999/config/edition.json')}: expected the edition's settings (run pnpm edition new <year>), got no such file`
    );
  });

  it('buildEdition carries the claims files over when the claims step is absent', async () => {
    mkdirSync(join(editions, '2026'));
    writeFileSync(join(editions, '2026/claims.csv'), 'id\n1\n');
    await buildEdition({
      edition: 2026,
      rawDir: raw,
      editionsDir: editions,
      steps: STEPS,
      sources,
      checks,
      config,
      claims: { module: join(work, 'missing.ts'), claimsDir: work }
    });
    expect(readFileSync(join(editions, '2026/claims.csv'), 'utf8')).toBe('id\n1\n');
    expect(JSON.parse(readFileSync(join(editions, '2026/manifest.json'), 'utf8')).files).toContain('claims.csv');
    expect(existsSync(join(editions, '2026/series/dds-exports.json'))).toBe(true);
  });
});
