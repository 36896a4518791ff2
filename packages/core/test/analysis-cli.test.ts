import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('dtr audit and dtr sensitivity as processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dtr-analysis-'));
  writeFileSync(
    join(dir, 'm.csv'),
    'iCode,Level,Parent,Direction,Weight,Type\nX,1,I,1,1,Indicator\nY,1,I,1,1,Indicator\nI,2,NA,1,1,Aggregate\n'
  );
  // X and Y: (1, 2, 3, 4) and (2, 1, 4, 3): r = 0.6 after min-max.
  writeFileSync(join(dir, 'd.csv'), 'uCode,X,Y\nA,1,2\nB,2,1\nC,3,4\nD,4,3\n');
  writeFileSync(join(dir, 's.json'), JSON.stringify({ uncertainty: { weightNoise: 0.5 } }));
  const cli = new URL('../src/cli.ts', import.meta.url).pathname;
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');

  it('dtr audit prints one JSON line on stdout (r(X, Y) = 0.6, α(I) = 0.75) from files relative to the cwd', () => {
    const out = execFileSync(process.execPath, [tsx, cli, 'audit', '--data', 'd.csv', '--meta', 'm.csv'], {
      cwd: dir,
      encoding: 'utf8'
    });
    expect(out.trim().split('\n').length).toBe(1);
    const j = JSON.parse(out);
    expect(j.correlation.pearson.matrix[0][1]).toBeCloseTo(0.6, 14);
    // Equal variances v and covariance 0.6v: α = 2(1 − 2v / (2v + 1.2v)) = 0.75.
    expect(j.cronbach.I.alpha).toBeCloseTo(0.75, 14);
  });
  it('dtr sensitivity exits 2 on bad --samples and prints nothing on stdout', () => {
    const r = spawnSync(
      process.execPath,
      [tsx, cli, 'sensitivity', '--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', '0'],
      { cwd: dir, encoding: 'utf8' }
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^dtr: --samples: expected a whole number from 2 to 100000, got 0\n/);
  });
});
