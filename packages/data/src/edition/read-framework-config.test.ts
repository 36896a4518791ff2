import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrameworkConfig } from './read-framework-config.ts';

const committed = new URL('../../editions/2026/config/', import.meta.url).pathname;

describe('readFrameworkConfig', () => {
  it('readFrameworkConfig reads the committed 2026 framework: 9 indicators (the ITU IDI is an external measure), DTDI at the top, 1000 draws from seed 1', () => {
    const f = readFrameworkConfig({ configDir: committed, edition: 2026 });
    expect(f?.indicators).toHaveLength(9);
    expect(f?.external?.map((x) => x.code)).toEqual(['IDI', 'GDPpc', 'Pop']);
    expect(f?.aggregates.find((a) => a.parent === null)?.code).toBe('DTDI');
    expect(f?.spec.uncertainty).toMatchObject({ draws: 1000, seed: 1 });
    expect(f?.edition).toBe(2026);
  });

  it('readFrameworkConfig is null for an edition without an index and names the JSON path of a misspelt key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    expect(readFrameworkConfig({ configDir: dir, edition: 2027 })).toBeNull();
    const json = JSON.parse(readFileSync(join(committed, 'framework.json'), 'utf8'));
    json.indicators[2].wieght = json.indicators[2].weight;
    delete json.indicators[2].weight;
    writeFileSync(join(dir, 'framework.json'), JSON.stringify(json));
    expect(() => readFrameworkConfig({ configDir: dir, edition: 2027 })).toThrow(
      `${join(dir, 'framework.json')}:$.indicators[2].weight: expected number, got nothing (and 1 more)`
    );
  });
});
