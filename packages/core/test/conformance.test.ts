import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.ts';
import { readCsvTable } from '../src/index/read-csv-table.ts';
import { readCoinCsv } from '../src/index/read-coin-csv.ts';
import { defaultTreat } from '../src/index/index-spec.ts';
import { runIndex } from '../src/index/run-index.ts';
import { treatColumn } from '../src/index/treat-column.ts';
import { sharedInput } from './shared-input.ts';

// The JRC's COINr 1.1.14 on its ASEM example: ../shared/conformance/coinr-asem from the repository root (read in
// place, never copied into the repository).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = resolve(repoRoot, '../shared/conformance/coinr-asem');
const present = sharedInput(resolve(dir, 'asem_idata.csv'), 'COINr ASEM conformance');
const file = (name: string) => resolve(dir, name);
const read = (name: string) => readFileSync(file(name), 'utf8');

/** Runs the CLI in-process, as `pnpm dtr …` would, and parses its stdout. */
async function cli(args: string[], specJson?: object) {
  let out = '';
  let err = '';
  const files: Record<string, string> = specJson ? { 'spec.json': JSON.stringify(specJson) } : {};
  const code = await runCli(
    [
      ...args,
      '--data',
      file('asem_idata.csv'),
      '--meta',
      file('asem_imeta.csv'),
      ...(specJson ? ['--spec', 'spec.json'] : [])
    ],
    {
      readFile: (p) => files[p] ?? readFileSync(p, 'utf8'),
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      now: () => performance.now()
    }
  );
  expect(err).toBe('');
  expect(code).toBe(0);
  return readCsvTable({ text: out, file: 'stdout' });
}

const pipelines: [string, object | undefined][] = [
  ['a_minmax_amean_results.csv', undefined],
  [
    'b_treat_minmax_amean_results.csv',
    { treat: { method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 } }
  ],
  [
    'c_minmax1_100_gmean_results.csv',
    { normalise: { method: 'minmax', range: [1, 100] }, aggregate: { method: 'gmean' } }
  ],
  ['d_zscore_amean_results.csv', { normalise: { method: 'zscore', mean: 0, sd: 1 }, aggregate: { method: 'amean' } }],
  [
    'e_nominal_treat_minmax1_100_amean_results.csv',
    { treat: { winmax: 5 }, normalise: { method: 'minmax', range: [1, 100] } }
  ]
];

describe.skipIf(!present)('COINr ASEM conformance (scores to 1e-9, ranks exact)', () => {
  for (const [name, spec] of pipelines) {
    it(`dtr index reproduces ${name}`, async () => {
      const expected = readCsvTable({ text: read(name), file: name });
      const got = await cli(['index'], spec);
      expect(got.header).toEqual(['uCode', ...expected.header.slice(2)]);
      expect(got.rows.map((r) => r[0]).sort()).toEqual(expected.rows.map((r) => r[0]).sort());
      let compared = 0;
      for (const row of expected.rows) {
        const mine = got.rows.find((r) => r[0] === row[0]) as string[];
        expected.header.forEach((h, i) => {
          if (i < 2) return;
          const j = got.header.indexOf(h);
          if (h === 'Rank') expect(Number(mine[j]), `${row[0]} ${h}`).toBe(Number(row[i]));
          else expect(Math.abs(Number(mine[j]) - Number(row[i])), `${row[0]} ${h}`).toBeLessThan(1e-9);
          compared++;
        });
      }
      expect(compared).toBe(51 * 12);
    });
  }

  it('normalised indicators match every *_normalised.csv to 1e-9 (NA where missing)', () => {
    const data = readCoinCsv({ dataText: read('asem_idata.csv'), metaText: read('asem_imeta.csv') });
    const norm: [string, object][] = [
      ['a_minmax_amean_normalised.csv', {}],
      ['b_treat_minmax_amean_normalised.csv', { treat: {} }],
      [
        'c_minmax1_100_gmean_normalised.csv',
        { normalise: { method: 'minmax', range: [1, 100] }, aggregate: { method: 'gmean' } }
      ],
      ['d_zscore_amean_normalised.csv', { normalise: { method: 'zscore', mean: 0, sd: 1 } }]
    ];
    for (const [name, spec] of norm) {
      const r = runIndex({ data, spec });
      const t = readCsvTable({ text: read(name), file: name });
      const nU = r.units.length;
      for (const row of t.rows) {
        const u = r.units.indexOf(row[0]);
        for (let i = 1; i < t.header.length; i++) {
          const v = r.scores[r.codes.indexOf(t.header[i]) * nU + u];
          if (row[i] === 'NA') expect(v, `${name} ${row[0]} ${t.header[i]}`).toBeNaN();
          else expect(Math.abs(v - Number(row[i])), `${name} ${row[0]} ${t.header[i]}`).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('treatment: the same 18 indicators, steps, skew/kurtosis and 30 clipped cells as COINr, and every treated value', () => {
    const data = readCoinCsv({ dataText: read('asem_idata.csv'), metaText: read('asem_imeta.csv') });
    const r = runIndex({ data, spec: { treat: {} } });
    const points = readCsvTable({ text: read('b_treated_points.csv'), file: 'b_treated_points.csv' });
    const key = (p: { code: string; unit: string; flag: string }) => `${p.code}|${p.unit}|${p.flag}`;
    expect(r.log.treatedPoints.map(key).sort()).toEqual(points.rows.map((p) => `${p[0]}|${p[1]}|${p[2]}`).sort());
    for (const p of points.rows) {
      const mine = r.log.treatedPoints.find((q) => q.code === p[0] && q.unit === p[1]);
      expect(Math.abs((mine?.treated ?? NaN) - Number(p[4]))).toBeLessThan(1e-9);
    }
    const details = readCsvTable({ text: read('b_treatment_details.csv'), file: 'b_treatment_details.csv' });
    const treated = details.rows
      .filter((d) => d[10] === 'TRUE')
      .map((d) => d[0])
      .sort();
    expect(treated.length).toBe(18);
    expect(
      r.log.treatment
        .filter((t) => t.method !== 'none')
        .map((t) => t.code)
        .sort()
    ).toEqual(treated);
    for (const d of details.rows) {
      const t = r.log.treatment.find((x) => x.code === d[0]);
      expect(Math.abs((t?.skewBefore ?? NaN) - Number(d[2]))).toBeLessThan(1e-9);
      expect(Math.abs((t?.kurtosisBefore ?? NaN) - Number(d[3]))).toBeLessThan(1e-9);
      if (d[4] !== 'NA') expect(t?.steps).toBe(Number(d[4]));
    }
    const values = readCsvTable({ text: read('b_treated_indicators.csv'), file: 'b_treated_indicators.csv' });
    let cells = 0;
    for (let i = 1; i < values.header.length; i++) {
      const code = values.header[i];
      if (!data.columns[code]) continue;
      const mine = treatColumn(data.columns[code], defaultTreat).values;
      for (const row of values.rows) {
        const v = mine[data.units.indexOf(row[0])];
        if (row[i] === 'NA') expect(v).toBeNaN();
        else expect(Math.abs(v - Number(row[i])), `${code} ${row[0]}`).toBeLessThan(1e-9);
        cells++;
      }
    }
    expect(cells).toBe(51 * 49);
  });

  it('each of the 20 grid runs reproduces its Index column of e_fullfactorial_index_scores.csv to 1e-9', () => {
    const data = readCoinCsv({ dataText: read('asem_idata.csv'), metaText: read('asem_imeta.csv') });
    const t = readCsvTable({
      text: read('e_fullfactorial_index_scores.csv'),
      file: 'e_fullfactorial_index_scores.csv'
    });
    const normalise = { minmax: { method: 'minmax', range: [1, 100] }, zscore: { method: 'zscore', mean: 10, sd: 2 } };
    expect(t.header.length - 1).toBe(20);
    for (let i = 1; i < t.header.length; i++) {
      const [, winmax, norm, agg] = /^w(\d)_(minmax|zscore)_(amean|gmean)$/.exec(t.header[i]) as RegExpExecArray;
      const r = runIndex({
        data,
        spec: {
          treat: { winmax: Number(winmax) },
          normalise: normalise[norm as 'minmax' | 'zscore'],
          aggregate: { method: agg }
        }
      });
      for (const row of t.rows) {
        expect(Math.abs(r.index[r.units.indexOf(row[0])] - Number(row[i])), `${t.header[i]} ${row[0]}`).toBeLessThan(
          1e-9
        );
      }
    }
  });

  it('dtr uncertainty --grid reproduces e_fullfactorial_rankstats.csv exactly (20 runs)', async () => {
    const spec = {
      treat: { winmax: 5 },
      normalise: { method: 'minmax', range: [1, 100] },
      aggregate: { method: 'amean' },
      uncertainty: {
        alternatives: {
          'treat.winmax': [1, 2, 3, 4, 5],
          normalise: [
            { method: 'minmax', range: [1, 100] },
            { method: 'zscore', mean: 10, sd: 2 }
          ],
          aggregate: [{ method: 'amean' }, { method: 'gmean' }]
        }
      }
    };
    const got = await cli(['uncertainty', '--grid'], spec);
    expect(got.header).toEqual(['uCode', 'nominal', 'mean', 'median', 'q05', 'q95']);
    const expected = readCsvTable({
      text: read('e_fullfactorial_rankstats.csv'),
      file: 'e_fullfactorial_rankstats.csv'
    });
    expect(got.rows.length).toBe(expected.rows.length);
    for (const row of expected.rows) {
      const mine = got.rows.find((r) => r[0] === row[0]) as string[];
      for (let i = 1; i <= 5; i++)
        expect(Math.abs(Number(mine[i]) - Number(row[i])), `${row[0]} ${expected.header[i]}`).toBeLessThan(1e-9);
    }
  });
});
