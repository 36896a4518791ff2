import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IndexSpec } from '@dtr/data';
import { indexResults } from './index-results.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../data/test/fixtures/index/2026/${name}`, import.meta.url), 'utf8');
const spec = JSON.parse(fixture('spec.json')) as IndexSpec;
const files = { data: 'iData.csv', meta: 'iMeta.csv', spec: 'spec.json' };
const run = (s: IndexSpec) =>
  indexResults({ dataText: fixture('iData.csv'), metaText: fixture('iMeta.csv'), spec: s, files });

describe('indexResults', () => {
  it('indexResults ranks the fixture economies (India 5, Brazil 6) with scores for every row code, index last', () => {
    const r = run(spec);
    const rankOf = (code: string) => r.rank[r.units.indexOf(code)];
    expect([rankOf('IND'), rankOf('BRA')]).toEqual([5, 6]);
    expect(r.codes.at(-1)).toBe('DTDI');
    expect(Object.keys(r.scores)).toEqual(r.codes);
    expect(r.scores.DTDI).toHaveLength(r.units.length);
    expect(r.audit).toBeNull();
    expect(r.sensitivity).toBeNull();
  });

  it('indexResults writes the sensitivity analysis the spec declares, and Monte Carlo intervals without its inclusion alternatives', () => {
    const alternatives = { ...spec.uncertainty!.alternatives, exclude: [null, 'InternetUse'] };
    const sensitivity = { samples: 32, seed: 2, bootstrap: 20 };
    const withInclusion = run({ ...spec, uncertainty: { ...spec.uncertainty, alternatives, sensitivity } });
    const without = run(spec);
    expect(withInclusion.sensitivity?.inputs.map((i) => i.input)).toContain('exclude');
    expect(withInclusion.sensitivity).toMatchObject({ ...sensitivity, runs: 32 * 7 });
    // Inclusion is varied by the sensitivity analysis only: the intervals equal those of the spec without it.
    expect(withInclusion.uncertainty).toEqual(without.uncertainty);
  });

  it('indexResults takes draws and seed from the spec, refuses a spec without them, and is reproducible for a seed', () => {
    expect(run(spec).uncertainty).toMatchObject({ draws: 1000, seed: 1 });
    const { draws: _, ...noDraws } = spec.uncertainty!;
    expect(() => run({ ...spec, uncertainty: noDraws })).toThrow(
      'spec.json:uncertainty.draws: expected the Monte Carlo draws and seed of the published rank intervals, got none'
    );
    const a = run({ ...spec, uncertainty: { ...spec.uncertainty, draws: 50, seed: 7 } });
    const b = run({ ...spec, uncertainty: { ...spec.uncertainty, draws: 50, seed: 7 } });
    expect(a.uncertainty).toMatchObject({ draws: 50, seed: 7 });
    expect(a.uncertainty).toEqual(b.uncertainty);
    const u = a.uncertainty!;
    a.units.forEach((_, i) => {
      expect(u.q05[i]!).toBeLessThanOrEqual(u.median[i]!);
      expect(u.median[i]!).toBeLessThanOrEqual(u.q95[i]!);
    });
  });
});
