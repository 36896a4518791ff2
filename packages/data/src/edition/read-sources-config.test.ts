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
});
