import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from './index.ts';

describe('@dtr/core public API', () => {
  it('every value export named in src/index.ts is defined', () => {
    const names = [
      ...readFileSync(new URL('./index.ts', import.meta.url), 'utf8').matchAll(/^export \{ (\w+) \}/gm)
    ].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) expect(core[name as keyof typeof core], name).toBeDefined();
  });
  it('index.ts is one named re-export per line, no export *', () => {
    const lines = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
      .trim()
      .split('\n');
    for (const line of lines) expect(line).toMatch(/^export (type )?\{ \w+ \} from '\.\/[\w/-]+\.ts';$/);
  });
});
