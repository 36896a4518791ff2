import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../index/read-csv-table.ts';
import { runCli } from './run-cli.ts';

// One test per hostile or degenerate input of issue 17: each gets a named error (file, row, column or spec path,
// expected, got), a non-zero exit and no output — or, where the input is legitimate, the right numbers.

const meta = `iCode,Level,Parent,Direction,Weight,Type
X1,1,P1,1,1,Indicator
X2,1,P1,1,1,Indicator
X3,1,P2,1,1,Indicator
P1,2,Index,1,1,Aggregate
P2,2,Index,1,1,Aggregate
Index,3,NA,1,1,Aggregate
`;
const data = `uCode,X1,X2,X3
A,1,10,4
B,2,20,3
C,3,30,2
D,5,40,1
`;

async function run(args: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    readFile: (p) => {
      if (!Object.hasOwn(files, p)) throw new Error(`${p}: cannot read (ENOENT)`);
      return files[p];
    },
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    now: () => 0
  });
  return { code, out, err };
}

/** `dtr index` (or another command) on d.csv / m.csv, with a spec when given. */
const index = (files: Record<string, string>, ...extra: string[]) =>
  run(['index', '--data', 'd.csv', '--meta', 'm.csv', ...(files['s.json'] ? ['--spec', 's.json'] : []), ...extra], {
    'd.csv': data,
    'm.csv': meta,
    ...files
  });
const uncertainty = (files: Record<string, string>, ...extra: string[]) =>
  run(
    [
      'uncertainty',
      '--data',
      'd.csv',
      '--meta',
      'm.csv',
      ...(files['s.json'] ? ['--spec', 's.json'] : []),
      '--seed',
      '1',
      ...extra
    ],
    { 'd.csv': data, 'm.csv': meta, ...files }
  );

/** The run failed with exactly this message, exit 1 and nothing on stdout. */
function refused(r: { code: number; out: string; err: string }, message: string) {
  expect(r.err).toBe(`dtr: ${message}\n`);
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
}

describe('dtr against hostile and degenerate input', () => {
  it('codes named constructor, toString and valueOf are codes like any other (scores as with X1, X2, P1)', async () => {
    const rename = (s: string) => s.replace(/X1/g, 'constructor').replace(/X2/g, 'toString').replace(/P1/g, 'valueOf');
    const plain = await index({});
    const hostile = await index({ 'd.csv': rename(data), 'm.csv': rename(meta) });
    expect(hostile.code).toBe(0);
    expect(hostile.out).toBe(rename(plain.out));
    expect(hostile.out).not.toMatch(/NA/);
    // A spec weight on such a code applies: doubling "constructor" changes the index as doubling X1 does.
    const w = await index({ 'd.csv': rename(data), 'm.csv': rename(meta), 's.json': '{"weights":{"constructor":2}}' });
    const wPlain = await index({ 's.json': '{"weights":{"X1":2}}' });
    expect(w.out).toBe(rename(wPlain.out));
    expect(w.out).not.toBe(hostile.out);
  });

  it('__proto__ is refused as an iMeta code and as a spec weight, never silently dropped', async () => {
    refused(
      await index({ 'm.csv': meta.replace(/X1/g, '__proto__') }),
      'm.csv: row 2, column iCode: expected a code of letters, digits, _ or . starting with a letter, got "__proto__"'
    );
    refused(
      await index({ 's.json': '{"weights":{"__proto__":2}}' }),
      'spec.weights: __proto__ is not an indicator or aggregate code in iMeta'
    );
  });

  it('an unknown spec key (normalize) is refused with its JSON path and the allowed keys', async () => {
    refused(
      await index({ 's.json': '{"normalize":{"method":"zscore"}}' }),
      's.json: normalize: unknown key; expected one of treat, normalise, aggregate, weights, impute, uncertainty, got "normalize"'
    );
    refused(
      await index({ 's.json': '{"normalise":{"method":"minmax","rnage":[0,1]}}' }),
      's.json: normalise.rnage: unknown key; expected one of method, range, got "rnage"'
    );
    refused(
      await uncertainty({ 's.json': '{"uncertainty":{"weightnoise":0.2}}' }),
      's.json: uncertainty.weightnoise: unknown key; expected one of weightNoise, alternatives, draws, seed, sensitivity, got "weightnoise"'
    );
  });

  it('uncertainty.weightNoise of 5 or −3 (or per level) is refused: expected a factor in [0, 1)', async () => {
    refused(
      await uncertainty({ 's.json': '{"uncertainty":{"weightNoise":5}}' }),
      's.json: uncertainty.weightNoise: expected a noise factor in [0, 1), got 5'
    );
    refused(
      await uncertainty({ 's.json': '{"uncertainty":{"weightNoise":-3}}' }),
      's.json: uncertainty.weightNoise: expected a noise factor in [0, 1), got -3'
    );
    refused(
      await uncertainty({ 's.json': '{"uncertainty":{"weightNoise":{"2":1}}}' }),
      's.json: uncertainty.weightNoise.2: expected a noise factor in [0, 1), got 1'
    );
  });

  it('a z-score sd of 0 or below is refused, in the spec and in an alternative', async () => {
    refused(
      await index({ 's.json': '{"normalise":{"method":"zscore","sd":0}}' }),
      's.json: normalise.sd: expected a standard deviation > 0, got 0'
    );
    refused(
      await uncertainty({
        's.json': '{"uncertainty":{"alternatives":{"normalise":[{"method":"rank"},{"method":"zscore","sd":-1}]}}}'
      }),
      's.json: uncertainty.alternatives.normalise[1].sd: expected a standard deviation > 0, got -1'
    );
  });

  it('a min-max range [5, 5] or [10, 0] is refused', async () => {
    refused(
      await index({ 's.json': '{"normalise":{"method":"minmax","range":[5,5]}}' }),
      's.json: normalise.range: expected a lower bound below the upper bound, got a list of 2'
    );
    refused(
      await index({ 's.json': '{"normalise":{"method":"minmax","range":[10,0]}}' }),
      's.json: normalise.range: expected a lower bound below the upper bound, got a list of 2'
    );
  });

  it('--draws 1e9 is refused at once (at most 1,000,000), and draws × units above 200,000,000 ranks too', async () => {
    refused(
      await uncertainty({}, '--draws', '1e9'),
      'uncertainty: --draws: expected at most 1,000,000, got 1,000,000,000'
    );
    const many = ['uCode,X1,X2,X3', ...Array.from({ length: 201 }, (_, u) => `U${u},${u},${u % 7},${u % 5}`)].join(
      '\n'
    );
    refused(
      await uncertainty({ 'd.csv': many }, '--draws', '1000000'),
      'uncertainty: draws × units: expected at most 200,000,000 ranks (400 MB), got 1,000,000 × 201 = 201,000,000'
    );
  });

  it('a duplicate iData column is refused, naming both positions', async () => {
    refused(
      await index({ 'd.csv': data.replace('uCode,X1,X2,X3', 'uCode,X1,X2,X1').replace('A,1,10,4', 'A,1,10,9') }),
      'd.csv: row 1, column X1: expected a name not used by an earlier column (it is column 2 and 4), got "X1"'
    );
  });

  it('0x10, 1e and Infinity are not numbers; only decimal numbers, NA or empty (= missing) are', async () => {
    for (const bad of ['0x10', '1e', 'Infinity'])
      refused(
        await index({ 'd.csv': data.replace('B,2,', `B,${bad},`) }),
        `d.csv: row 3, column X1: expected a decimal number or NA, got "${bad}"`
      );
    refused(
      await index({ 'm.csv': meta.replace('X3,1,P2,1,1,', 'X3,1,P2,1,0x10,') }),
      'm.csv: row 4, column Weight: expected a weight ≥ 0, got "0x10"'
    );
    const ok = await index({ 'd.csv': data.replace('B,2,', 'B,NA,').replace('C,3,', 'C,,').replace('D,5,', 'D,5e0,') });
    expect(ok.code).toBe(0);
  });

  it('output CSV is quoted per RFC 4180: a uCode "U,2" stays one field', async () => {
    const r = await index({ 'd.csv': data.replace('A,1,10,4', '"U,2",1,10,4').replace('B,2', '"say ""B""",2') });
    expect(r.code).toBe(0);
    const t = readCsvTable({ text: r.out, file: 'out.csv' });
    expect(t.rows.map((row) => row[0])).toEqual(['U,2', 'say "B"', 'C', 'D']);
    expect(t.rows.every((row) => row.length === t.header.length)).toBe(true);
    const u = await uncertainty(
      { 'd.csv': data.replace('A,1,10,4', '"U,2",1,10,4') },
      '--draws',
      '20',
      '--noise',
      '0.2'
    );
    expect(readCsvTable({ text: u.out, file: 'out.csv' }).rows[0][0]).toBe('U,2');
  });

  it('a constant indicator is refused naming it (index and uncertainty), not printed as an all-NA pillar', async () => {
    const constant = data.replace(/^([A-D]),(\d)/gm, '$1,7');
    refused(
      await index({ 'd.csv': constant }),
      'indicator X1: min-max normalisation expected at least two distinct values, got the same value 7 for all 4 units with data'
    );
    refused(
      await uncertainty({ 'd.csv': constant }, '--draws', '10'),
      'indicator X1: min-max normalisation expected at least two distinct values, got the same value 7 for all 4 units with data'
    );
    // Rank normalisation has no spread to divide by: a constant indicator is legitimate there.
    expect((await index({ 'd.csv': constant, 's.json': '{"normalise":{"method":"rank"}}' })).code).toBe(0);
  });

  it('an all-missing indicator is refused naming it', async () => {
    refused(
      await index({ 'd.csv': data.replace(/^([A-D]),\d+,(\d+),/gm, '$1,$2,NA,') }),
      'indicator X2: expected a value for at least one unit, got NA for all 4'
    );
  });

  it('one unit is refused: an index needs at least two units to normalise and rank', async () => {
    refused(
      await index({ 'd.csv': 'uCode,X1,X2,X3\nA,1,10,4\n' }),
      'data: expected at least 2 units to normalise and rank, got 1 (A)'
    );
  });

  it('all-zero weights under an aggregate are refused naming the aggregate and its children', async () => {
    refused(
      await index({ 's.json': '{"weights":{"X1":0,"X2":0}}' }),
      'weights: aggregate P1: expected at least one child with a weight > 0 (iMeta Weight or spec.weights), got 0 for X1, X2'
    );
    refused(
      await uncertainty({ 'm.csv': meta.replace(/,1,1,Aggregate/g, ',1,0,Aggregate') }, '--draws', '10'),
      'weights: aggregate Index: expected at least one child with a weight > 0 (iMeta Weight or spec.weights), got 0 for P1, P2'
    );
  });

  it('300,000 rows with a Time column read without overflowing the stack (30,000 units × 10 years)', async () => {
    const rows = ['uCode,Time,X1,X2,X3'];
    for (let y = 2015; y < 2025; y++)
      for (let u = 0; u < 30_000; u++) rows.push(`U${u},${y},${(u * 7 + y) % 101},${(u * 3) % 17},${u % 13}`);
    const r = await index({ 'd.csv': rows.join('\n') });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(30_001);
    // A behaviour test, not a timing one: about 5 s on an idle machine, far more on a busy one, so the limit is generous.
  }, 600_000);

  it('a spec nested 1,000,000 deep is refused with a short message, not a stack overflow', async () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    refused(
      await index({ 's.json': `{"normalise":${deep}}` }),
      's.json: normalise: expected an object with a method, got a list of 1'
    );
    refused(
      await uncertainty({ 's.json': `{"uncertainty":{"alternatives":{"normalise":${deep}}}}` }),
      's.json: uncertainty.alternatives.normalise[0]: expected an object with a method, got a list of 1'
    );
  }, 600_000);

  it('a framework 2,000 levels deep runs (iterative aggregation, no recursion)', async () => {
    const levels = 2000;
    const lines = ['iCode,Level,Parent,Direction,Weight,Type', 'X1,1,A2,1,1,Indicator', 'X2,1,A2,1,1,Indicator'];
    lines.push('X3,1,A2,1,1,Indicator');
    for (let l = 2; l <= levels; l++) lines.push(`A${l},${l},${l === levels ? 'NA' : `A${l + 1}`},1,1,Aggregate`);
    const r = await index({ 'm.csv': lines.join('\n') });
    expect(r.err).toBe('');
    const out = readCsvTable({ text: r.out, file: 'out.csv' });
    expect(out.header).toHaveLength(levels + 1); // uCode, A2 … A1999, Index (A2000), Rank
    // Each level above A2 has one child, so the index equals A2: (X1 + X2 + X3) / 3 on min-max [0, 100].
    expect(out.rows.map((row) => row[row.length - 2])).toEqual(out.rows.map((row) => row[1]));
  });
});
