import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEdition } from '../src/edition/build-edition.ts';
import { readSourcesConfig } from '../src/edition/read-sources-config.ts';
import { editionSteps } from '../src/edition/edition-steps.ts';
import type { EtlStep } from '../src/etl/etl-step.ts';

// Each case builds one real 2026 series step, with its rules from config/series.json, on a raw folder cut from the
// real files with one impossible value (test/fixtures/raw-gate/README.md), into a temporary copy of the committed edition.
const GATE = new URL('./fixtures/raw-gate', import.meta.url).pathname;
const COMMITTED = new URL('../editions/2026', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'dtr-gate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STEPS = editionSteps({ configDir: new URL('../editions/2026/config/', import.meta.url).pathname });
const step = (id: string): EtlStep => STEPS.find((s) => s.output === `series/${id}.json`)!;
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name), 'utf8')])
  );

async function failure(options: { case: string; series: string }): Promise<{ errors: string[]; untouched: boolean }> {
  const editionsDir = join(work, options.case);
  cpSync(COMMITTED, join(editionsDir, '2026'), { recursive: true });
  const before = snapshot(join(editionsDir, '2026'));
  try {
    await buildEdition({ edition: 2026, rawDir: join(GATE, options.case), editionsDir, steps: [step(options.series)] });
  } catch (error) {
    const errors = (error instanceof AggregateError ? error.errors : [error]).map((e: Error) => e.message);
    return { errors, untouched: JSON.stringify(snapshot(join(editionsDir, '2026'))) === JSON.stringify(before) };
  }
  throw new Error(`the build of ${options.series} on raw-gate/${options.case} passed`);
}

describe('the series rules gate at build time', () => {
  it('rejects China’s fixed broadband of −47.19 per 100 with file, row, column, rule and value; the edition copy is untouched', async () => {
    const { errors, untouched } = await failure({ case: 'negative', series: 'fixed-broadband' });
    expect(errors).toEqual([
      'wdi_datasets_org/it.net.bbnd.p2.csv:3:Value: expected a value ≥ 0 (rule sign: nonnegative) for series fixed-broadband, got -47.1933952081567 (CHN 2024)'
    ]);
    expect(untouched).toBe(true);
  });

  it('rejects a share of manufactured exports above 100 %', async () => {
    const { errors, untouched } = await failure({ case: 'share', series: 'high-tech-exports-share' });
    expect(errors).toEqual([
      'wdi_datasets_org/tx.val.tech.mf.zs.csv:5:Value: expected a value ≤ 100 (rule max: 100) for series high-tech-exports-share, got 166.6110921963778 (PHL 2022)'
    ]);
    expect(untouched).toBe(true);
  });

  it('nulls Tuvalu’s placeholder zeros in merchandise exports and lists each in notes.json', async () => {
    const editionsDir = join(work, 'placeholder');
    const sources = readSourcesConfig({ configDir: join(COMMITTED, 'config') });
    const { dir } = await buildEdition({
      edition: 2026,
      rawDir: join(GATE, 'placeholder'),
      editionsDir,
      steps: [step('merchandise-exports')],
      sources,
      checks: [],
      config: { published: '2026-12-01' }
    });
    const series = JSON.parse(readFileSync(join(dir, 'series/merchandise-exports.json'), 'utf8'));
    expect(series.values.TUV).toEqual([null, null, null]);
    expect(series.values.CHN).toEqual([249203000000, 266098000000, 325596000000]);
    const notes = JSON.parse(readFileSync(join(dir, 'notes.json'), 'utf8'));
    expect(
      notes.nulled.map((n: { entity: string; year: number; rule: string }) => `${n.entity} ${n.year} ${n.rule}`)
    ).toEqual(['TUV 2000 placeholderZeros', 'TUV 2001 placeholderZeros', 'TUV 2002 placeholderZeros']);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).files).toContain('notes.json');
  });
});
