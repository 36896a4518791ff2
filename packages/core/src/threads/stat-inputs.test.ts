import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { statInputs } from './stat-inputs.ts';

it('statInputs records each path as given with its size in bytes and modification time; a missing file throws', () => {
  const root = mkdtempSync(join(tmpdir(), 'dtr-stat-'));
  writeFileSync(join(root, 'x.ts'), '12345');
  expect(statInputs({ root, paths: ['x.ts'] })).toEqual([
    { path: 'x.ts', size: 5, mtimeMs: statSync(join(root, 'x.ts')).mtimeMs }
  ]);
  expect(() => statInputs({ root, paths: ['nope.ts'] })).toThrow(/ENOENT/);
});
