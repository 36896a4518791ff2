import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { threadsFixture } from '../../test/threads-fixture.ts';
import { runAnalysisCommand } from './run-analysis-command.ts';

const files = threadsFixture({ units: 50, seed: 9 });

async function run(...extra: string[]) {
  let out = '';
  let err = '';
  const code = await runAnalysisCommand({
    command: 'sensitivity',
    argv: ['--data', 'd.csv', '--meta', 'm.csv', '--spec', 's.json', '--samples', '101', '--seed', '5', ...extra],
    io: { readFile: (p) => files[p], stdout: (s) => (out += s), stderr: (s) => (err += s), now: () => 0 }
  });
  return { code, out, err };
}

describe('dtr sensitivity --threads', () => {
  it('prints byte-identical JSON for 1, 2 and 3 threads (N = 101 rows split 51/50 and 34/34/33, seed 5)', async () => {
    const one = await run('--threads', '1');
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    const j = JSON.parse(one.out);
    expect(j.runs).toBe(101 * 6);
    expect(j.inputs.map((x: { input: string }) => x.input)).toEqual([
      'treat.winmax',
      'normalise',
      'aggregate',
      'weights'
    ]);
    expect((await run('--threads', '2')).out).toBe(one.out);
    expect((await run('--threads', '3')).out).toBe(one.out);
    // Another seed moves the numbers, so the equality above is not vacuous.
    expect((await run('--threads', '2', '--seed', '6')).out).not.toBe(one.out);
  });
  it('--unit with threads follows one unit’s rank, identical to one thread', async () => {
    const one = await run('--threads', '1', '--unit', 'U007');
    expect(one.err).toBe('');
    expect(JSON.parse(one.out)).toMatchObject({ output: 'rank', unit: 'U007' });
    expect((await run('--threads', '3', '--unit', 'U007')).out).toBe(one.out);
  });
  it('--threads must be a whole number in [1, 64]: exit 2, nothing on stdout', async () => {
    for (const [t, got] of [
      ['0', '0'],
      ['65', '65'],
      ['1.5', '1.5'],
      ['two', '"two"']
    ]) {
      const r = await run('--threads', t);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.startsWith(`dtr: --threads: expected a whole number in [1, 64], got ${got}\n`), r.err).toBe(true);
    }
  });
});

describe('dtr sensitivity --threads on the 2026 edition with the new inputs', () => {
  const dir = new URL('../../../data/editions/2026/index/', import.meta.url);
  const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
  const spec = JSON.parse(read('spec.json'));
  spec.uncertainty.alternatives.impute = [null, { method: 'groupMean', group: 'Income_group' }];
  spec.uncertainty.alternatives.exclude = [null, 'ICTServGDP', 'SecureServ', ['InternetUse', 'FixedBB']];
  spec.uncertainty.alternatives.maxAge = [null, 1, 3];
  const edition: Record<string, string> = {
    'iData.csv': read('iData.csv'),
    'iMeta.csv': read('iMeta.csv'),
    'iYears.csv': read('iYears.csv'),
    'spec.json': JSON.stringify(spec)
  };
  const run = async (threads: string) => {
    let out = '';
    let err = '';
    const code = await runAnalysisCommand({
      command: 'sensitivity',
      argv: [
        ...['--data', 'iData.csv', '--meta', 'iMeta.csv', '--spec', 'spec.json', '--years', 'iYears.csv'],
        ...['--samples', '48', '--seed', '3', '--bootstrap', '100', '--threads', threads]
      ],
      io: { readFile: (p) => edition[p], stdout: (s) => (out += s), stderr: (s) => (err += s), now: () => 0 }
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    return out;
  };
  it('imputation, inclusion and recency inputs give byte-identical JSON on 1 and 2 threads', async () => {
    const one = await run('1');
    const j = JSON.parse(one);
    expect(j.inputs.map((x: { input: string }) => x.input)).toEqual([
      'treat.winmax',
      'normalise',
      'aggregate',
      'impute',
      'exclude',
      'maxAge',
      'weights'
    ]);
    expect(j.runs).toBe(48 * 9);
    expect(await run('2')).toBe(one);
  });
});
