import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const TSX = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
const cli = (name: string) => new URL(`../src/${name}`, import.meta.url).pathname;
const run = (name: string, ...args: string[]) => spawnSync(TSX, [cli(name), ...args], { encoding: 'utf8' });

describe('pipeline CLIs', () => {
  it('pnpm data build exits 1 without touching the edition when --raw points nowhere', () => {
    const result = run('data-cli.ts', 'build', '--raw', '/nonexistent/raw');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('/nonexistent/raw: expected the raw data folder, got no such folder');
  });

  it("pnpm edition build names the missing edition's config/edition.json and rejects an unknown flag", () => {
    const missing = run('edition-cli.ts', 'build', '2099');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(
      "packages/data/editions/2099/config/edition.json: expected the edition's settings (run pnpm edition new <year>), got no such file"
    );
    const flag = run('edition-cli.ts', 'build', '2026', '--force');
    expect(flag.status).toBe(1);
    expect(flag.stderr).toContain("Unknown option '--force'");
  });

  it('pnpm edition diff 2026 2026 reads the published results and reports no change', () => {
    const result = run('edition-cli.ts', 'diff', '2026', '2026');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('series with changes: 0');
  });
}, 600_000);
