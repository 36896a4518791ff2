import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeriesCatalogue } from './read-series-catalogue.ts';

const COMMITTED = new URL('../../editions/2026/config/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dtr-series-catalogue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const committed = () => JSON.parse(readFileSync(join(COMMITTED, 'series.json'), 'utf8')) as Record<string, unknown>[];
const write = (entries: unknown) => writeFileSync(join(dir, 'series.json'), JSON.stringify(entries));
const file = join(dir, 'series.json');

describe('readSeriesCatalogue', () => {
  it("readSeriesCatalogue reads the committed 2026 catalogue: 79 series, each with a registered reader and rules", () => {
    const entries = readSeriesCatalogue({ configDir: COMMITTED });
    expect(entries).toHaveLength(79);
    expect(entries.find((e) => e.id === 'internet-users')).toMatchObject({ reader: 'wdi-wide', code: 'IT.NET.USER.ZS', scale: 1 });
  });

  it('readSeriesCatalogue names the JSON path of a misspelt key, a repeated id and an unknown reader', () => {
    const entries = committed();
    write([entries[0], { ...entries[1], untis: 'x' }]);
    expect(() => readSeriesCatalogue({ configDir: dir })).toThrow(`${file}:$[1].untis: expected only the keys the schema defines, got an unknown key "untis"`);
    write([entries[0], entries[0]]);
    expect(() => readSeriesCatalogue({ configDir: dir })).toThrow(`${file}:$[1].id: expected a unique series id, got "${entries[0].id}"`);
    write([{ ...entries[0], reader: 'wdi-wdie' }]);
    expect(() => readSeriesCatalogue({ configDir: dir })).toThrow(`${file}:$[0].reader: expected one of adb-gvc, itu-aggregates,`);
  });
});
