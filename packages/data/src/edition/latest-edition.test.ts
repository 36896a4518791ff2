import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestEdition } from './latest-edition.ts';

describe('latestEdition', () => {
  it('latestEdition picks the highest four-digit folder and ignores files and other names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'editions-'));
    for (const name of ['2026', '2027', 'drafts', '20281']) mkdirSync(join(dir, name));
    writeFileSync(join(dir, '2030'), '');
    expect(latestEdition({ editionsDir: dir })).toBe(2027);
  });

  it('latestEdition fails with the folder named when no edition is present', () => {
    const dir = mkdtempSync(join(tmpdir(), 'editions-'));
    expect(() => latestEdition({ editionsDir: dir })).toThrow(`${dir}: expected at least one edition folder`);
  });
});
