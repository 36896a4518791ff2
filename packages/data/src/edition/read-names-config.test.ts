import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readNamesConfig } from './read-names-config.ts';

const COMMITTED = new URL('../../editions/2026/config/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dtr-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readNamesConfig', () => {
  it('readNamesConfig reads the committed tables: Hong Kong by location, ITU regions', () => {
    const names = readNamesConfig({ configDir: COMMITTED });
    expect(names.telegeography.areas.map((a) => a.code)).toContain('HKG');
    expect(Object.keys(names.itu.regions).length).toBeGreaterThan(3);
  });

  it('readNamesConfig rejects a bloc count that is not a number with its JSON path', () => {
    const names = JSON.parse(readFileSync(join(COMMITTED, 'names.data-trade.json'), 'utf8'));
    const bloc = Object.keys(names.wto.blocs)[0];
    names.wto.blocs[bloc] = 'ten';
    writeFileSync(join(dir, 'names.data-trade.json'), JSON.stringify(names));
    expect(() => readNamesConfig({ configDir: dir })).toThrow(`names.data-trade.json:$.wto.blocs["${bloc}"]: expected number, got "ten"`);
  });
});
