import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('cli.ts as a process', () => {
  it('reads files relative to the working directory and prints the index CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtr-cli-'));
    writeFileSync(
      join(dir, 'm.csv'),
      'iCode,Level,Parent,Direction,Weight,Type\nX,1,I,1,1,Indicator\nY,1,I,1,1,Indicator\nI,2,NA,1,1,Aggregate\n'
    );
    writeFileSync(join(dir, 'd.csv'), 'uCode,X,Y\nA,1,2\nB,3,4\n');
    const cli = new URL('./cli.ts', import.meta.url).pathname;
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const out = execFileSync(process.execPath, [tsx, cli, 'index', '--data', 'd.csv', '--meta', 'm.csv'], {
      cwd: dir,
      encoding: 'utf8'
    });
    expect(out).toBe('uCode,Index,Rank\nA,0,2\nB,100,1\n');
  });
});
