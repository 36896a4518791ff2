import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const files: Record<string, string> = {
  'm.csv': `iCode,iName,Level,Parent,Direction,Weight,Type
X1,X1,1,P1,1,1,Indicator
X2,X2,1,P1,-1,1,Indicator
X3,X3,1,P2,1,1,Indicator
P1,P1,2,Index,1,1,Aggregate
P2,P2,2,Index,1,1,Aggregate
Index,Index,3,NA,1,1,Aggregate
`,
  'd.csv': `uCode,X1,X2,X3
A,1,10,4
B,2,20,4
C,3,NA,2
D,5,40,2
`,
  'bad.csv': `uCode,X1,X2,X3
A,1,10,4
B,two,20,4
`,
  'spec.json': '{"normalise":{"method":"minmax","range":[1,100]},"aggregate":{"method":"gmean"}}',
  'bad.json': '{"aggregate":{"method":"median"}}',
  'broken.json': '{"aggregate":'
};

async function run(args: string[]) {
  let out = '';
  let err = '';
  let t = 0;
  const code = await runCli(args, {
    readFile: (p) => {
      if (!(p in files)) throw new Error(`${p}: cannot read (ENOENT)`);
      return files[p];
    },
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    now: () => (t += 5)
  });
  return { code, out, err };
}

const monteCarlo = [
  'uncertainty',
  '--data',
  'd.csv',
  '--meta',
  'm.csv',
  '--draws',
  '50',
  '--seed',
  '3',
  '--noise',
  '0.25'
];

describe('dtr CLI', () => {
  it('index prints uCode, each aggregate, Index and Rank (hand example: 75, 72.92, 25, 25 → 1, 2, 3, 3)', async () => {
    const r = await run(['index', '--data', 'd.csv', '--meta', 'm.csv']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('uCode,P1,P2,Index,Rank');
    expect(lines[1]).toBe('A,50,100,75,1');
    expect(lines[3]).toBe('C,50,0,25,3');
    expect(lines[4]).toBe('D,50,0,25,3');
  });
  it('index --spec applies the spec file (gmean of min-max [1, 100])', async () => {
    const r = await run(['index', '--data', 'd.csv', '--meta', 'm.csv', '--spec', 'spec.json']);
    expect(r.code).toBe(0);
    expect(Number(r.out.split('\n')[1].split(',')[1])).toBeCloseTo(10, 12);
  });
  it('uncertainty prints uCode,nominal,mean,median,q05,q95 and --timing adds compute_ms on stderr', async () => {
    const r = await run([...monteCarlo, '--timing']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toBe('uCode,nominal,mean,median,q05,q95');
    expect(lines).toHaveLength(5);
    expect(lines[1].split(',')[1]).toBe('1');
    expect(r.err).toBe('compute_ms=5.0\n');
  });
  it('--timing adds cpu_ms (the CPU the computation took) when the io can read CPU time', async () => {
    let err = '';
    let clock = 0;
    let cpu = 100;
    const code = await runCli([...monteCarlo, '--timing'], {
      readFile: (p) => files[p],
      stdout: () => {},
      stderr: (s) => (err += s),
      now: () => (clock += 5),
      cpu: () => (cpu += 7.25)
    });
    expect(code).toBe(0);
    expect(err).toBe('compute_ms=5.0 cpu_ms=7.3\n');
  });
  it('uncertainty --sensitivity adds a blank line and input,meanAbsShift,maxAbsShift after the unchanged rank table', async () => {
    const plain = await run(monteCarlo);
    const r = await run([...monteCarlo, '--sensitivity']);
    expect(r.code).toBe(0);
    const [table, block] = r.out.split('\n\n');
    expect(table + '\n').toBe(plain.out);
    const lines = block.trim().split('\n');
    expect(lines[0]).toBe('input,meanAbsShift,maxAbsShift');
    expect(lines).toHaveLength(2);
    const [input, mean, max] = lines[1].split(',');
    expect(input).toBe('weights');
    expect(Number(mean)).toBeGreaterThan(0);
    expect(Number(max)).toBeGreaterThanOrEqual(Number(mean));
    const grid = await run([...monteCarlo, '--grid', '--sensitivity']);
    expect(grid.code).toBe(2);
    expect(grid.err).toMatch(/^dtr: --sensitivity varies one input at a time by Monte Carlo, not with --grid\n/);
  });
  it('bad data, spec and usage give precise messages and exit codes 1 / 2', async () => {
    const bad = await run(['index', '--data', 'bad.csv', '--meta', 'm.csv']);
    expect(bad.code).toBe(1);
    expect(bad.err).toBe('dtr: bad.csv: row 3, column X1: expected a decimal number or NA, got "two"\n');
    expect((await run(['index', '--data', 'd.csv', '--meta', 'm.csv', '--spec', 'bad.json'])).err).toBe(
      'dtr: bad.json: aggregate.method: expected one of amean, gmean, hmean, got "median"\n'
    );
    expect((await run(['index', '--data', 'd.csv', '--meta', 'm.csv', '--spec', 'broken.json'])).err).toMatch(
      /^dtr: broken.json: not valid JSON/
    );
    expect((await run(['index', '--data', 'nope.csv', '--meta', 'm.csv'])).err).toBe(
      'dtr: nope.csv: cannot read (ENOENT)\n'
    );
    const usage = await run(['index', '--meta', 'm.csv']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/^dtr: --data <file> is required\nusage:/);
    expect((await run(['uncertainty', '--data', 'd.csv', '--meta', 'm.csv', '--draws', 'x'])).err).toMatch(
      /--draws: expected a whole number, got "x"/
    );
    expect((await run(['frobnicate'])).code).toBe(2);
    const unknown = await run(['index', '--data', 'd.csv', '--meta', 'm.csv', '--draws', '5']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^dtr: Unknown option '--draws'/);
    expect((await run(['index', '--data', 'd.csv', '--meta', 'm.csv', 'stray'])).err).toMatch(
      /^dtr: Unexpected argument 'stray'/
    );
  });
});
