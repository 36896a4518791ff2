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

  it('the data package CLI only validates: building belongs to the pipeline (exit 2 with usage)', () => {
    const result = run('build');
    expect(result.status).toBe(2);
    expect(result.stdout).toContain("is @dtr/pipeline's: pnpm data build, pnpm edition build");
  });
}, 600_000);
