import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoinCsv, runIndexSensitivity } from '@dtr/core';
import type { IndexSpec } from '@dtr/data';
import { indexSensitivity } from './index-sensitivity.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../data/test/fixtures/index/2026/${name}`, import.meta.url), 'utf8');
const base = JSON.parse(fixture('spec.json')) as IndexSpec;
const data = readCoinCsv({ dataText: fixture('iData.csv'), metaText: fixture('iMeta.csv') });
const settings = { samples: 64, seed: 5, bootstrap: 50 };
const spec: IndexSpec = {
  ...base,
  uncertainty: {
    ...base.uncertainty,
    alternatives: { ...base.uncertainty!.alternatives, exclude: [null, 'InternetUse'] },
    sensitivity: settings
  }
};

describe('indexSensitivity', () => {
  it('is the sensitivity analysis of the spec settings, labelled with them and the 0.95 interval level (exact)', () => {
    const r = indexSensitivity({ data, spec, specName: 'spec.json' })!;
    const direct = runIndexSensitivity({ data, spec, ...settings, level: 0.95 });
    expect(r).toEqual({
      ...settings,
      level: 0.95,
      output: 'meanAbsRankShift',
      runs: direct.runs,
      inputs: direct.inputs
    });
    expect(r.inputs.map((i) => i.input)).toEqual(['treat.winmax', 'normalise', 'aggregate', 'exclude', 'weights']);
    expect(r.runs).toBe(64 * (5 + 2));
  });
  it('is null when the spec declares no sensitivity settings', () => {
    expect(indexSensitivity({ data, spec: base, specName: 'spec.json' })).toBeNull();
  });
  it('names the spec when a recency alternative has no years to work on', () => {
    const aged = { ...spec, uncertainty: { ...spec.uncertainty, alternatives: { maxAge: [null, 1] } } };
    expect(() => indexSensitivity({ data, spec: aged, specName: 'spec.json' })).toThrow(
      /^spec\.json: uncertainty\.alternatives\.maxAge: expected the years of the values/
    );
  });
});
