import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const CLI = new URL('../src/cli.ts', import.meta.url).pathname;
const TSX = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
const run = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });

describe('cli', () => {
  it('pnpm data validate exits 0 on the committed edition', () => {
    const result = run('validate', '--edition', '2026');
    expect([result.status, result.stdout.trim()]).toEqual([0, 'edition 2026 is valid']);
  });

  it('pnpm data validate exits 1 with a precise message for an edition that does not exist', () => {
    const result = run('validate', '--edition', '2031');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('manifest.json: expected a manifest in');
  });

  it('pnpm data build exits 1 without touching the edition when --raw points nowhere', () => {
    const result = run('build', '--raw', '/nonexistent/raw');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('/nonexistent/raw: expected the raw data folder, got no such folder');
  });
}, 60_000);
