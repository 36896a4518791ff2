import { describe, expect, it } from 'vitest';
import { runAnalysisCommand } from './run-analysis-command.ts';

// Four units; P = {A, B}, Q = {C} (direction −1), I = mean(P, Q): the hand-computed case of run-audit.test.ts.
const files: Record<string, string> = {
  'm.csv': `iCode,iName,Level,Parent,Direction,Weight,Type
A,A,1,P,1,1,Indicator
B,B,1,P,1,1,Indicator
C,C,1,Q,-1,1,Indicator
P,P,2,I,1,1,Aggregate
Q,Q,2,I,1,1,Aggregate
I,I,3,NA,1,1,Aggregate
`,
  'd.csv': 'uCode,A,B,C\nu1,0,0,0\nu2,1,2,1\nu3,2,1,3\nu4,3,3,2\n',
  's.json': JSON.stringify({
    normalise: { method: 'minmax', range: [1, 100] },
    uncertainty: { weightNoise: 0.5, alternatives: { aggregate: ['amean', 'hmean'] } }
  }),
  'plain.json': '{}',
  'y.csv': 'uCode,A,B,C\nu1,2020,2024,2024\nu2,2024,2024,2024\nu3,2023,2024,2021\nu4,2024,2024,2024\n',
  'short.csv': 'uCode,A,B,C\nu1,2020,2024,2024\n',
  'age.json': JSON.stringify({
    normalise: { method: 'minmax', range: [1, 100] },
    uncertainty: { alternatives: { maxAge: [null, 2], exclude: [null, 'A', 'B'] } }
  })
};

async function run(command: 'audit' | 'sensitivity', argv: string[]) {
  let out = '';
  let err = '';
  const code = await runAnalysisCommand({
    command,
    argv,
    io: {
      readFile: (p) => {
        if (!(p in files)) throw new Error(`${p}: cannot read (ENOENT)`);
        return files[p];
      },
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      now: () => 0
    }
  });
  return { code, out, err };
}

describe('runAnalysisCommand', () => {
  it('audit prints one JSON object with exactly cronbach, correlation and pca; α(P) = 8/9, α(Q) null (k = 1)', async () => {
    const r = await run('audit', ['--data', 'd.csv', '--meta', 'm.csv']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.endsWith('}\n')).toBe(true);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['cronbach', 'correlation', 'pca']);
    expect(Math.abs(j.cronbach.P.alpha - 8 / 9)).toBeLessThan(1e-14);
    expect(j.cronbach.Q).toEqual({ alpha: null, k: 1 });
    expect(Object.keys(j.correlation)).toEqual(['pearson', 'spearman']);
    expect(j.correlation.pearson.codes).toEqual(['A', 'B', 'C', 'P', 'Q', 'I']);
    expect(j.correlation.pearson.matrix[0][2]).toBeCloseTo(-0.8, 14);
    expect(Object.keys(j.pca.P)).toEqual(['eigenvalues', 'varianceExplained']);
    expect(j.pca.P.varianceExplained[0]).toBeCloseTo(0.9, 14);
  });
  it('sensitivity prints output, runs = N·(d + 2) and one row per input with first, total and both intervals', async () => {
    const r = await run('sensitivity', [
      '--data',
      'd.csv',
      '--meta',
      'm.csv',
      '--spec',
      's.json',
      '--samples',
      '40',
      '--seed',
      '2'
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(['output', 'runs', 'inputs']);
    expect(j.output).toBe('meanAbsRankShift');
    expect(j.runs).toBe(40 * 4);
    expect(j.inputs.map((x: { input: string }) => x.input)).toEqual(['aggregate', 'weights']);
    for (const x of j.inputs) expect(Object.keys(x)).toEqual(['input', 'first', 'total', 'firstCI', 'totalCI']);
    const again = await run('sensitivity', [
      '--data',
      'd.csv',
      '--meta',
      'm.csv',
      '--spec',
      's.json',
      '--samples',
      '40',
      '--seed',
      '2'
    ]);
    expect(again.out).toBe(r.out);
  });
  it('sensitivity --unit follows one unit’s rank', async () => {
    const r = await run('sensitivity', ['--data=d.csv', '--meta=m.csv', '--spec=s.json', '--samples=20', '--unit=u2']);
    expect(JSON.parse(r.out)).toMatchObject({ output: 'rank', unit: 'u2', runs: 80 });
  });
  it('sensitivity --years varies recency and inclusion: both are inputs with S_T > 0', async () => {
    const r = await run('sensitivity', [
      '--data=d.csv',
      '--meta=m.csv',
      '--spec=age.json',
      '--years=y.csv',
      '--samples=64',
      '--threads=1'
    ]);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(j.inputs.map((x: { input: string }) => x.input)).toEqual(['maxAge', 'exclude']);
    // maxAge 2 drops u1's A (2020) and u3's C (2021), which moves ranks; so does leaving A or B out.
    for (const x of j.inputs) expect(x.total).toBeGreaterThan(0);
    const bad = await run('sensitivity', [
      '--data=d.csv',
      '--meta=m.csv',
      '--spec=age.json',
      '--years=short.csv',
      '--samples=8'
    ]);
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err).toBe(
      'dtr: short.csv: row 3, column uCode: expected a row for every unit of d.csv (missing: u2, u3, u4), got "end of file"\n'
    );
  });
  it('bad usage exits 2 with the reason and the usage, printing nothing on stdout', async () => {
    const cases: ['audit' | 'sensitivity', string[], string][] = [
      ['audit', ['--data', 'd.csv'], 'dtr: audit: --meta <file> is required'],
      ['audit', ['--data', 'd.csv', '--meta', 'm.csv', '--samples', '3'], "dtr: audit: Unknown option '--samples'"],
      [
        'sensitivity',
        ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json'],
        'dtr: sensitivity: --samples N is required'
      ],
      [
        'sensitivity',
        ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', 'ten'],
        'dtr: --samples: expected a whole number from 2 to 100000, got "ten"'
      ],
      [
        'sensitivity',
        ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', '1e6'],
        'dtr: --samples: expected a whole number from 2 to 100000, got 1000000'
      ],
      [
        'sensitivity',
        ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', '9', '--seed=-3'],
        'dtr: --seed: expected a whole number from 0 to 4294967295, got -3'
      ],
      [
        'sensitivity',
        ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', '9', '--bootstrap', '0.5'],
        'dtr: --bootstrap: expected a whole number from 0 to 10000, got 0.5'
      ],
      ['audit', ['--data', 'd.csv', '--meta', 'm.csv', 'extra'], 'dtr: audit: Unexpected argument']
    ];
    for (const [command, argv, message] of cases) {
      const r = await run(command, argv);
      expect(r.code, message).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.startsWith(message), `${r.err} should start with ${message}`).toBe(true);
      expect(r.err).toContain('usage:');
    }
  });
  it('bad input exits 1 with a precise message: unreadable file, unknown unit, a spec with nothing uncertain', async () => {
    const cases: [string[], string][] = [
      [
        ['--data', 'nope.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', '9'],
        'dtr: nope.csv: cannot read (ENOENT)\n'
      ],
      [
        ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', '9', '--unit', 'XX'],
        'dtr: --unit: expected a uCode of d.csv, got "XX"\n'
      ],
      [
        ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 'plain.json', '--samples', '9'],
        'dtr: plain.json: uncertainty: expected at least one uncertain input (an alternatives list of two or more values, or weightNoise ≠ 0), got none\n'
      ]
    ];
    for (const [argv, message] of cases) {
      const r = await run('sensitivity', argv);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toBe(message);
    }
  });
});
