import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEditions, type EditionDiff } from '@dtr/data';
import {
  buildEdition,
  editionSteps,
  formatDiff,
  loadEditionSnapshot,
  readSourcesConfig,
  type EtlStep
} from '@dtr/data/node';
import { catalogueFile } from '../../data/src/etl/catalogue-file.ts';
import { writeIndexResults } from '../src/write-index-results.ts';

// A first edition and a second one, both built from fixture files in a temporary folder. The second differs by stated
// revisions: world DDS exports 2023 4,200,000 → 4,250,000 (US$ m, +1.19 %); a new series (dds-imports); the index
// fixture's Brazil DDSShare 56.7101 → 66.7101 (packages/data/test/fixtures/README.md). The index results are computed
// by the edition build (writeIndexResults), as `pnpm edition build` does, and the diff reads them.
const FIXTURE_RAW = new URL('../../data/test/fixtures/raw', import.meta.url).pathname;
const FIXTURE_INDEX = new URL('../../data/test/fixtures/index', import.meta.url).pathname;
const DDS_FILE = 'unctad_digitally_deliverable_services/UNCTAD_DE.csv';
// The committed 2026 edition's own steps for these series, from its catalogue (config/series.json).
const COMMITTED = editionSteps({ configDir: new URL('../../data/editions/2026/config/', import.meta.url).pathname });
const step = (id: string): EtlStep => COMMITTED.find((s) => s.output === `series/${id}.json`)!;
const FIRST: EtlStep[] = [step('dds-exports'), step('services-exports'), step('services-imports')];
const SECOND: EtlStep[] = [
  step('dds-exports'),
  step('dds-imports'),
  step('services-exports'),
  step('services-imports')
];

const sources = readSourcesConfig({ configDir: new URL('../../data/editions/2026/config/', import.meta.url).pathname });
const work = mkdtempSync(join(tmpdir(), 'dtr-second-'));
const editions = join(work, 'editions');
const raw2027 = join(work, 'raw-2027');
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name), 'utf8')])
  );
const build = (edition: number, rawDir: string, series: EtlStep[]) =>
  buildEdition({
    edition,
    rawDir,
    editionsDir: editions,
    steps: [...series, catalogueFile(series)],
    config: { published: `${edition}-12-01` },
    sources,
    // Synthetic editions of a few series: the diff is the subject here, not the spot checks against published figures.
    checks: [],
    finish: (dir) => {
      cpSync(join(FIXTURE_INDEX, String(edition)), join(dir, 'index'), { recursive: true });
      writeIndexResults({ dir });
    }
  });
let diff: EditionDiff;

beforeAll(async () => {
  mkdirSync(editions);
  cpSync(FIXTURE_RAW, raw2027, { recursive: true });
  const file = join(raw2027, DDS_FILE);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      'UNCTAD_DE_DIG_SERVTRADE_ANN_EXP,2023,4200000',
      'UNCTAD_DE_DIG_SERVTRADE_ANN_EXP,2023,4250000'
    )
  );
  await build(2026, FIXTURE_RAW, FIRST);
  await build(2027, raw2027, SECOND);
  diff = diffEditions(loadEditionSnapshot(join(editions, '2026')), loadEditionSnapshot(join(editions, '2027')));
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a second edition built from fixtures', () => {
  it('the diff lists the revised value beyond the 0.1 % tolerance, and only it', () => {
    expect(diff.series.map((s) => [s.id, s.revised, s.added, s.removed])).toEqual([
      ['dds-exports', [{ entity: 'WLD', year: 2023, from: 4200000, to: 4250000, relative: 50000 / 4200000 }], 0, 0]
    ]);
  });

  it('the diff reports the new series and no removed one', () => {
    expect([diff.seriesAdded, diff.seriesRemoved]).toEqual([['dds-imports'], []]);
  });

  it('the diff flags one rank change beyond noise (Brazil 6 → 5) and one within noise (India 5 → 6)', () => {
    expect(diff.ranks?.changed.map((c) => [c.code, c.from.rank, c.to.rank, c.withinNoise])).toEqual([
      ['BRA', 6, 5, false],
      ['IND', 5, 6, true]
    ]);
    expect(diff.ranks?.changed.find((c) => c.code === 'IND')).toMatchObject({
      from: { q05: 4, q95: 6 },
      to: { q05: 4, q95: 6 }
    });
  });

  it('the diff sees no index method change when both specs are the same', () => {
    expect(diff.spec).toEqual([]);
  });

  it('formatDiff prints the revision and the noise verdicts', () => {
    const text = formatDiff(diff);
    expect(text).toContain('edition diff 2026 → 2027');
    expect(text).toContain('series added: dds-imports');
    expect(text).toContain('    WLD 2023: 4200000 → 4250000 (+1.19 %)');
    expect(text).toContain('  BRA: 6 → 5 (-1) BEYOND NOISE [4–6 → 4–5]');
    expect(text).toContain('  IND: 5 → 6 (+1) within noise [4–6 → 4–6]');
  });

  it('building the second edition did not touch the first', async () => {
    const first = snapshot(join(editions, '2026'));
    await build(2027, raw2027, SECOND);
    expect(snapshot(join(editions, '2026'))).toEqual(first);
  });

  it('a broken source file fails the build with file, row and expectation, and leaves both editions intact', async () => {
    const before = { 2026: snapshot(join(editions, '2026')), 2027: snapshot(join(editions, '2027')) };
    const file = join(raw2027, DDS_FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('2023,171318,USD', '2023,171 318 bn,USD'));
    await expect(build(2027, raw2027, SECOND)).rejects.toThrow(/UNCTAD_DE\.csv:\d+:OBS_VALUE: expected a number/);
    expect({ 2026: snapshot(join(editions, '2026')), 2027: snapshot(join(editions, '2027')) }).toEqual(before);
    expect(readdirSync(editions).sort()).toEqual(['2026', '2027']);
  });
});
