import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIndexTables } from './read-index-tables.ts';

const dir = fileURLToPath(new URL('../../editions/2026/index/', import.meta.url));
const index: Record<string, string> = Object.fromEntries(
  readdirSync(dir).map((name) => [`index/${name}`, readFileSync(dir + name, 'utf8')])
);
const framework = JSON.parse(index['index/framework.json']);
const method = JSON.parse(index['index/method.json']);
const where = (path: string) => `editions/2026/${path}`;
const tables = (files: Record<string, string>) => () => readIndexTables({ files, where, framework, method });
/** The committed file with line `line` (1-based) replaced by `edit(line)`. */
const editLine = (path: string, line: number, edit: (text: string) => string) => {
  const lines = index[path].split('\n');
  lines[line - 1] = edit(lines[line - 1]);
  return { ...index, [path]: lines.join('\n') };
};

describe('readIndexTables', () => {
  it('reads flags.csv as typed cells: 44 imputed (availableMean) and 243 carried forward, as method.json counts', () => {
    const { flags } = tables(index)();
    expect(flags).not.toBeNull();
    const imputed = flags!.filter((f) => f.flag === 'imputed');
    expect(imputed).toHaveLength(method.imputation.cells);
    expect(flags!.filter((f) => f.flag === 'carried-forward')).toHaveLength(method.imputation.carriedForward);
    expect(new Set(imputed.map((f) => f.method))).toEqual(new Set(['availableMean']));
    expect(flags![0]).toEqual({
      unit: 'ABW',
      indicator: 'HiTechExp',
      flag: 'carried-forward',
      year: 2023,
      referenceYear: 2024,
      stale: false,
      method: null
    });
  });

  it('reads external.csv as one row per ranked unit in framework order, with NA as null', () => {
    const { external } = tables(index)();
    expect(external!.map((r) => r.unit)).toEqual(framework.units.map((u: { code: string }) => u.code));
    expect(external![0]).toEqual({
      unit: 'ABW',
      values: { IDI: null, GDPpc: 38590.6, Pop: 108785 },
      years: { IDI: null, GDPpc: 2024, Pop: 2025 }
    });
    const idi = method.external.find((x: { code: string }) => x.code === 'IDI');
    expect(external!.filter((r) => r.values.IDI !== null)).toHaveLength(idi.coverage);
  });

  it('rejects a flag that is neither imputed nor carried-forward, with file, row and column', () => {
    expect(tables(editLine('index/flags.csv', 3, (l) => l.replace('carried-forward', 'carried')))).toThrow(
      'editions/2026/index/flags.csv:3:flag: expected imputed or carried-forward, got "carried"'
    );
  });

  it('rejects a flagged unit the framework does not rank and a year that is not a year', () => {
    expect(tables(editLine('index/flags.csv', 2, (l) => l.replace('ABW', 'XXX')))).toThrow(
      'editions/2026/index/flags.csv:2:uCode: expected a ranked unit of index/framework.json, got "XXX"'
    );
    expect(tables(editLine('index/flags.csv', 2, (l) => l.replace('2023', '23')))).toThrow(
      'editions/2026/index/flags.csv:2:year: expected a four-digit year or NA, got "23"'
    );
  });

  it('rejects a flags header with a column renamed, and a ragged row', () => {
    expect(tables(editLine('index/flags.csv', 1, (l) => l.replace('stale', 'old')))).toThrow(
      'editions/2026/index/flags.csv:1:stale: expected a column "stale"'
    );
    expect(tables(editLine('index/flags.csv', 4, (l) => `${l},x`))).toThrow(
      'editions/2026/index/flags.csv:4: expected 7 fields, got 8 fields'
    );
  });

  it('rejects text in an external value and a unit out of framework order', () => {
    expect(tables(editLine('index/external.csv', 3, (l) => l.replace('416.871', '416,871')))).toThrow(
      'editions/2026/index/external.csv:3'
    );
    expect(tables(editLine('index/external.csv', 2, (l) => l.replace('38590.6', 'n/a')))).toThrow(
      'editions/2026/index/external.csv:2:GDPpc: expected a number or NA, got "n/a"'
    );
    expect(tables(editLine('index/external.csv', 2, (l) => l.replace('ABW', 'AFG')))).toThrow(
      "editions/2026/index/external.csv:2:uCode: expected ABW (framework.json's unit 1), got AFG"
    );
  });

  it('rejects external.csv whose measures are not the ones method.json names', () => {
    const renamed = {
      ...method,
      external: method.external.map((x: { code: string }) => ({ ...x, code: x.code === 'IDI' ? 'ITU' : x.code }))
    };
    expect(() => readIndexTables({ files: index, where, framework, method: renamed })).toThrow(
      'editions/2026/index/external.csv:1:ITU: expected a column "ITU"'
    );
    expect(() => readIndexTables({ files: index, where, framework, method: null })).toThrow(
      'editions/2026/index/external.csv: expected index/method.json beside it, got no such file'
    );
  });

  it('is null for both tables when the files are absent', () => {
    expect(readIndexTables({ files: {}, where, framework: null, method: null })).toEqual({
      flags: null,
      external: null
    });
  });
});
