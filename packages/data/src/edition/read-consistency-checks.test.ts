import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readConsistencyChecks } from './read-consistency-checks.ts';

const committed = new URL('../../editions/2026/config/', import.meta.url).pathname;
let work = '';
const edited = (edit: (text: string) => string) => {
  work = mkdtempSync(join(tmpdir(), 'dtr-checks-'));
  cpSync(join(committed, 'checks.json'), join(work, 'checks.json'));
  writeFileSync(join(work, 'checks.json'), edit(readFileSync(join(work, 'checks.json'), 'utf8')));
  return work;
};
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('readConsistencyChecks', () => {
  it("readConsistencyChecks reads the 13 committed checks; the second is China's 2023 DDS imports, 171,318 ± 0.5", () => {
    const checks = readConsistencyChecks({ configDir: committed });
    expect(checks).toHaveLength(13);
    expect(checks[1]).toMatchObject({
      sum: [{ series: 'dds-imports', entity: 'CHN', year: 2023 }],
      expected: 171318,
      tolerance: 0.5
    });
  });

  it('readConsistencyChecks names a misspelt key by the name it is shown as and its JSON path', () => {
    const configDir = edited((t) => t.replace('"expected": 171318,', '"expectd": 171318,'));
    expect(() => readConsistencyChecks({ configDir, shownAs: 'config/checks.json' })).toThrow(
      /^config\/checks.json:\$\[1\]/
    );
  });

  it('readConsistencyChecks fails on a missing file and on text that is not JSON, naming the file', () => {
    const configDir = edited((t) => t.slice(0, 40));
    expect(() => readConsistencyChecks({ configDir, shownAs: 'config/checks.json' })).toThrow(
      /^config\/checks.json: expected valid JSON, got /
    );
    expect(() => readConsistencyChecks({ configDir: join(configDir, 'nope') })).toThrow(
      `${join(configDir, 'nope', 'checks.json')}: expected the edition's consistency checks, got no such file`
    );
  });
});
