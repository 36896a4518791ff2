import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoinCsv, runIndex, sensitivityOnlyInputs } from '@dtr/core';
import { methodSchema, resultsSchema, specSchema } from '@dtr/data/node';

// The committed 2026 edition: its published sensitivity analysis against the CLI, and its ranking against the
// coverage rule of its method.json.
const index = (name: string) => new URL(`../../data/editions/2026/index/${name}`, import.meta.url).pathname;
const read = (name: string) => readFileSync(index(name), 'utf8');
const results = resultsSchema.parse(JSON.parse(read('results.json')));
const spec = specSchema.parse(JSON.parse(read('spec.json')));
const method = methodSchema.parse(JSON.parse(read('method.json')));
const TSX = new URL('../node_modules/.bin/tsx', import.meta.url).pathname;
const DTR = new URL('../../core/src/cli.ts', import.meta.url).pathname;

describe('the published 2026 sensitivity analysis', () => {
  it('results.json sensitivity equals `dtr sensitivity` on the edition files with the spec samples, seed and bootstrap (±1e-12)', () => {
    const s = spec.uncertainty!.sensitivity!;
    const published = results.sensitivity!;
    expect({ samples: published.samples, seed: published.seed, bootstrap: published.bootstrap }).toEqual(s);
    const cli = spawnSync(
      TSX,
      [
        DTR,
        'sensitivity',
        ...['--data', index('iData.csv'), '--meta', index('iMeta.csv'), '--spec', index('spec.json')],
        ...['--years', index('iYears.csv'), '--samples', String(s.samples), '--seed', String(s.seed)],
        ...['--bootstrap', String(s.bootstrap)]
      ],
      { encoding: 'utf8' }
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    const printed = JSON.parse(cli.stdout) as { output: string; runs: number; inputs: typeof published.inputs };
    expect(printed.output).toBe(published.output);
    expect(printed.runs).toBe(published.runs);
    expect(printed.inputs.map((r) => r.input)).toEqual(published.inputs.map((r) => r.input));
    printed.inputs.forEach((r, i) => {
      const p = published.inputs[i];
      for (const v of ['first', 'total'] as const) expect(r[v]).toBeCloseTo(p[v], 12);
      for (const v of ['firstCI', 'totalCI'] as const) {
        expect(r[v][0]).toBeCloseTo(p[v][0], 12);
        expect(r[v][1]).toBeCloseTo(p[v][1], 12);
      }
    });
  });

  it('varies every declared input: each alternatives path, imputation, indicator inclusion, recency and the weights', () => {
    const declared = Object.keys(spec.uncertainty!.alternatives!);
    expect(declared).toEqual(expect.arrayContaining(['impute', 'exclude', 'maxAge']));
    expect(results.sensitivity!.inputs.map((r) => r.input)).toEqual([...declared, 'weights']);
    // Runs: N · (inputs + 2) for the Saltelli design with Jansen's total-order estimator.
    expect(results.sensitivity!.runs).toBe(results.sensitivity!.samples * (declared.length + 3));
    for (const r of results.sensitivity!.inputs) {
      expect(r.totalCI[0]).toBeLessThanOrEqual(r.total);
      expect(r.total).toBeLessThanOrEqual(r.totalCI[1]);
    }
  });

  it('the Monte Carlo intervals vary every declared input but indicator inclusion and recency', () => {
    expect(sensitivityOnlyInputs).toEqual(['exclude', 'maxAge']);
    expect(results.uncertainty!.draws).toBe(spec.uncertainty!.draws);
  });
});

describe('the published 2026 ranking', () => {
  it('every ranked economy satisfies the coverage rule: enough indicators overall and in every pillar', () => {
    const data = readCoinCsv({ dataText: read('iData.csv'), metaText: read('iMeta.csv') });
    const nominal = runIndex({ data, spec });
    const ranked = results.units.filter((_, u) => results.rank[u] !== null);
    expect(ranked.length).toBe(results.units.length - nominal.rank.filter((r) => !Number.isFinite(r)).length);
    const { overall, pillars } = method.coverage;
    const has = (code: string, u: number) => Number.isFinite(data.columns[code][u]);
    const failures: string[] = [];
    for (const unit of ranked) {
      const u = data.units.indexOf(unit);
      const n = overall.counted.filter((c) => has(c, u)).length;
      if (n < overall.required) failures.push(`${unit}: ${n} of ${overall.required} indicators`);
      for (const p of pillars) {
        const k = p.indicators.filter((c) => has(c, u)).length;
        if (k < p.required) failures.push(`${unit}: ${p.code} ${k} of ${p.required}`);
      }
    }
    expect(ranked.length).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
