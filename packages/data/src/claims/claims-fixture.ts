import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim, TextFile } from './types.ts';

/** A valid claim for tests; override any field. */
export function fixtureClaim(overrides: Partial<Claim> & Record<string, unknown> = {}): Claim {
  return {
    id: 'tx-cbec-2022-value',
    value: 2.1,
    unit: 'trillion yuan',
    year: 2022,
    entity: 'CHN',
    indicator: null,
    topic: 'goods',
    text: 't1',
    section: '2.2.1',
    quote: 'reaching 2.1 trillion yuan',
    note: 'Cross-border e-commerce in 2022.',
    ...overrides
  } as Claim;
}

/** A valid text file for tests, holding the given claims. */
export function fixtureText(claims: Claim[], overrides: Partial<TextFile> = {}): TextFile {
  return {
    text: 't1',
    author: 'A. Author',
    title: 'A title',
    year: null,
    language: 'en',
    note: 'Fixture.',
    caveats: [],
    claims,
    ...overrides
  };
}

/** Writes `files` (name → JSON value, or raw string) into a fresh temporary claims folder and returns its path. */
export function writeClaimsDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claims-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}
