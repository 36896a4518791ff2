import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateEdition } from '../src/validate/validate-edition.ts';

const COMMITTED = new URL('../editions/2026', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'dtr-gate-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the series rules gate at validation time (pnpm data validate)', () => {
  it('the committed edition passes its catalogue rules', () => {
    expect(validateEdition(COMMITTED).map((e) => e.message)).toEqual([]);
  });

  it('a copy of the edition with China’s 2024 fixed broadband at −47.19 fails, naming the series cell, rule and value', () => {
    const dir = join(work, '2026');
    cpSync(COMMITTED, dir, { recursive: true });
    const file = join(dir, 'series/fixed-broadband.json');
    const series = JSON.parse(readFileSync(file, 'utf8'));
    const i = series.years.indexOf(2024);
    series.values.CHN[i] = -series.values.CHN[i];
    writeFileSync(file, JSON.stringify(series));
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      `series/fixed-broadband.json:values.CHN[${i}]: expected a value ≥ 0 (rule sign: nonnegative) for series fixed-broadband, got -47.1933952081567 (CHN 2024)`
    ]);
  });
});
