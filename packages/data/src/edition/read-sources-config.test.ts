import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourcesConfig } from './read-sources-config.ts';

const committed = new URL('../../editions/2026/config/', import.meta.url).pathname;
const withSources = (edit: (sources: Record<string, unknown>[]) => void) => {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  const sources = JSON.parse(readFileSync(join(committed, 'sources.json'), 'utf8'));
  edit(sources);
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  return dir;
};

describe('readSourcesConfig', () => {
  it('readSourcesConfig reads the committed 2026 registry: UNCTAD Data360 first, WDI 2026-07 with CC BY 4.0', () => {
    const sources = readSourcesConfig({ configDir: committed });
    expect(sources[0].id).toBe('unctad-data360-de');
    expect(sources.find((s) => s.id === 'wdi-2026-07')?.licence).toBe('CC BY 4.0');
  });

  it('readSourcesConfig names a misspelt key by JSON path and rejects a duplicate id', () => {
    const misspelt = withSources((s) => {
      s[1].vintge = s[1].vintage;
      delete s[1].vintage;
    });
    expect(() => readSourcesConfig({ configDir: misspelt })).toThrow(
      'sources.json:$[1].vintage: expected string, got nothing'
    );
    const duplicate = withSources((s) => s.push({ ...s[0] }));
    expect(() => readSourcesConfig({ configDir: duplicate })).toThrow(
      /sources\.json:\$\[\d+\]\.id: expected a unique source id, got "unctad-data360-de"/
    );
  });

  it('readSourcesConfig reads the raw-file roles of the fixed steps and rejects a role that is not a file name', () => {
    const sources = readSourcesConfig({ configDir: committed });
    expect(sources.find((s) => s.id === 'wto-rta-2026-02')?.roles).toEqual({
      'wto-rtas': 'wto_rta_database/AllRTAs.xlsx'
    });
    expect(sources.filter((s) => s.roles).map((s) => s.id)).toEqual([
      'wdi-2026-02',
      'adb-mrio-gvc',
      'telegeography-cables-2022-11',
      'top500-2000-2025',
      'wto-rta-2026-02'
    ]);
    const numbered = withSources((s) => {
      s[3].roles = { 'wdi-country-metadata': 7 };
    });
    expect(() => readSourcesConfig({ configDir: numbered })).toThrow(
      'sources.json:$[3].roles["wdi-country-metadata"]: expected string, got "7"'
    );
  });
});
