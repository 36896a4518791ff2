import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadsFixture } from '../test/threads-fixture.ts';

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
  it('uncertainty with workers started before the input is read prints what one thread prints, and its timing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dtr-cli-threads-'));
    for (const [name, text] of Object.entries(threadsFixture({ units: 40, seed: 3 })))
      writeFileSync(join(dir, name), text);
    const cli = new URL('./cli.ts', import.meta.url).pathname;
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const run = (...extra: string[]) => {
      const r = spawnSync(
        process.execPath,
        [
          tsx,
          cli,
          'uncertainty',
          '--data',
          'd.csv',
          '--meta',
          'm.csv',
          '--spec',
          's.json',
          '--draws',
          '3000',
          ...extra
        ],
        { cwd: dir, encoding: 'utf8' }
      );
      expect(r.status, r.stderr).toBe(0);
      return r;
    };
    const one = run('--threads', '1');
    expect(one.stdout.split('\n')).toHaveLength(40 + 2);
    expect(one.stderr).toBe('');
    // Two and three threads: earlyThreads starts the workers as cli.ts begins; the output is the same bytes.
    expect(run('--threads', '2').stdout).toBe(one.stdout);
    const three = run('--threads', '3', '--timing');
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toMatch(/^compute_ms=\d+\.\d cpu_ms=\d+\.\d\nprocess_ms=\d+\.\d process_cpu_ms=\d+\.\d\n$/);
    const [compute, , processMs] = [...three.stderr.matchAll(/=([\d.]+)/g)].map((m) => Number(m[1]));
    // The process time covers the compute and Node's start before it.
    expect(processMs).toBeGreaterThan(compute);
  }, 60_000);
});
