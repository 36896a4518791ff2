import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateEdition } from './validate-edition.ts';

const EDITION = new URL('../../editions/2026', import.meta.url).pathname;
let copy: string | undefined;
const edit = (file: string, change: (text: string) => string) => {
  copy ??= mkdtempSync(join(tmpdir(), 'dtr-validate-'));
  cpSync(EDITION, copy, { recursive: true });
  writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
  return copy;
};
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

describe('validateEdition', () => {
  it('validateEdition passes the committed 2026 edition (no raw files needed)', () => {
    expect(validateEdition(EDITION).map((e) => e.message)).toEqual([]);
  });

  it('validateEdition runs the consistency checks: a shifted China DDS export value fails the 56.7 % share check', () => {
    const dir = edit('series/dds-exports.json', (t) => t.replace('216265', '226265'));
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^series\/dds-exports.json \+ series\/services-exports.json:China's digitally deliverable share .*expected 0.567 ± 0.001, got 0.5936/
      )
    ]);
  });

  it('validateEdition fails a consistency check whose value is missing (a sum with a gap is no value, not a pass)', () => {
    const dir = edit('series/province-gdp-primary-share.json', (t) => {
      const s = JSON.parse(t);
      s.values['CN-GD'][s.years.indexOf(2022)] = null;
      return JSON.stringify(s);
    });
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      expect.stringMatching(/:Guangdong sector shares of GDP 2022 sum to 100 %: expected 100 ± 0.2, got null$/)
    ]);
  });

  it('validateEdition catches a catalogue unit that no longer matches its series', () => {
    const dir = edit('series/gdp.json', (t) => t.replace('"unit": "US$"', '"unit": "US$ millions"'));
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      'catalogue.json:indicators[19] (gdp).unit: expected "US$ millions" (the unit of series/gdp.json), got "US$"'
    ]);
  });

  it('validateEdition reports a series file the manifest does not list', () => {
    const dir = edit('manifest.json', (t) => t.replace('"gdp",', ''));
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      'manifest.json:series: expected "gdp" listed (series/gdp.json exists), got "not listed"'
    ]);
  });

  it('validateEdition reports a series file over the 1 MB gzip sanity limit', () => {
    const noise = Array.from({ length: 200000 }, (_, i) => Math.sin(i) * 1e6);
    const dir = edit('series/gdp.json', (t) =>
      t.replace('"transformation":', `"padding": ${JSON.stringify(noise)},\n  "transformation":`)
    );
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^series\/gdp.json: expected at most 1048576 bytes gzipped \(sanity limit on a series file\), got \d+ bytes$/
      )
    ]);
  });

  it('validateEdition reports an entity missing from the entities file', () => {
    const dir = edit('entities/countries.json', (t) => t.replace('"code": "ABW"', '"code": "ABX"'));
    expect(
      validateEdition(dir)
        .map((e) => e.message)
        .slice(0, 1)
    ).toEqual(['series/cables-in-service.json:values.ABW: expected a code in entities/countries.json, got "ABW"']);
  });

  it('validateEdition reports unparseable JSON with the file name', () => {
    const dir = edit('series/gdp.json', (t) => t.slice(0, 100));
    expect(validateEdition(dir).map((e) => e.message)[0]).toMatch(
      /^series\/gdp.json: expected a readable JSON file, got /
    );
  });

  it('validateEdition rejects a consistency check naming a series the edition lacks, with its JSON path', () => {
    const dir = edit('config/checks.json', (t) => t.replace('"series": "dds-imports"', '"series": "dds-imprts"'));
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      'config/checks.json:$[1].sum[0].series: expected a series of the edition, got "dds-imprts"'
    ]);
  });

  it('validateEdition rejects a misspelt key of config/checks.json with its JSON path', () => {
    const dir = edit('config/checks.json', (t) => t.replace('"expected": 171318,', '"expectd": 171318,'));
    expect(validateEdition(dir).map((e) => e.message)[0]).toMatch(/^config\/checks.json:\$\[1\]/);
  });

  it('validateEdition runs a check the maintainer adds in data: a wrong expected value fails it', () => {
    const dir = edit('config/checks.json', (t) => t.replace('"expected": 171318,', '"expected": 171000,'));
    expect(validateEdition(dir).map((e) => e.message)).toEqual([
      "series/dds-imports.json:China's digitally deliverable services imports, 2023: US$ 171,318 mn: expected 171000 ± 0.5, got 171318"
    ]);
  });
});
