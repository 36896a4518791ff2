import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { validateCommand } from './validate-command.ts';

const COMMITTED = new URL('../../editions/2026', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'dtr-validate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('validateCommand', () => {
  it('validateCommand exits 0 on the committed 2026 edition', () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(validateCommand({ editionsDir: join(COMMITTED, '..'), edition: 2026 })).toBe(0);
  });

  it('validateCommand prints the error with its file and exits 1 on a broken copy', () => {
    cpSync(COMMITTED, join(work, '2026'), { recursive: true });
    writeFileSync(join(work, '2026/entities/groups.json'), '{"schema":2}');
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    expect(validateCommand({ editionsDir: work, edition: 2026 })).toBe(1);
    expect(printed[0]).toMatch(/^entities\/groups\.json:\$\.regions: expected array/);
  });
});
