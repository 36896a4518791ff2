import { mkdtempSync, utimesSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIsFresh } from './bundle-is-fresh.ts';
import { statInputs } from './stat-inputs.ts';

describe('bundleIsFresh', () => {
  const root = mkdtempSync(join(tmpdir(), 'dtr-fresh-'));
  writeFileSync(join(root, 'a.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'b.ts'), 'export const b = 2;');
  const manifest = { inputs: statInputs({ root, paths: ['a.ts', 'b.ts'] }) };

  it('is fresh while every input keeps its recorded size and modification time', () => {
    expect(bundleIsFresh({ manifest, root })).toBe(true);
  });
  it('is stale when an input was touched (same size, new mtime), edited, or removed; an empty manifest is stale', () => {
    utimesSync(join(root, 'a.ts'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(bundleIsFresh({ manifest, root })).toBe(false);
    const again = { inputs: statInputs({ root, paths: ['a.ts', 'b.ts'] }) };
    expect(bundleIsFresh({ manifest: again, root })).toBe(true);
    writeFileSync(join(root, 'b.ts'), 'export const b = 22;');
    expect(bundleIsFresh({ manifest: again, root })).toBe(false);
    rmSync(join(root, 'b.ts'));
    expect(bundleIsFresh({ manifest: { inputs: again.inputs.slice(1) }, root })).toBe(false);
    expect(bundleIsFresh({ manifest: { inputs: [] }, root })).toBe(false);
  });
});
