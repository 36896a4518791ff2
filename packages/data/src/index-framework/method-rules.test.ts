import { describe, expect, it } from 'vitest';
import type { BriFile, CountriesFile, Series } from '../schema/types.ts';
import { buildIndexFramework } from './build-index-framework.ts';
import { externalCsv } from './external-csv.ts';
import { flagsCsv } from './flags-csv.ts';
import type { FrameworkDefinition, IndicatorDefinition } from '../schema/types.ts';
import { seriesLookup } from './latest-in-window.ts';
import { methodJson } from './method-json.ts';

const name = (s: string) => ({ en: s, zh: s });
const series = (id: string, years: number[], values: Record<string, (number | null)[]>): Series => ({
  schema: 2,
  id,
  sourceId: 'fixture',
  unit: 'x',
  scale: 1,
  transformation: '',
  years,
  values
});
const Y = [2016, 2017, 2018, 2019, 2020];
// a: AAA current, BBB one year behind, CCC four years behind (dropped by maxAge 2), DDD none.
const fixture = [
  series('a', Y, {
    AAA: [1, 1, 1, 1, 2],
    BBB: [3, 3, 3, 4, null],
    CCC: [5, null, null, null, null],
    DDD: [null, null, null, null, null]
  }),
  series('b', Y, {
    AAA: [null, null, null, null, 7],
    BBB: [null, null, null, null, 8],
    CCC: [null, null, null, null, 9],
    DDD: [null, null, null, null, 1]
  }),
  series('c', Y, {
    AAA: [null, null, null, null, 6],
    BBB: [null, null, null, null, 2],
    CCC: [null, null, null, null, 3],
    DDD: [null, null, null, null, 4]
  }),
  series('pop', Y, { AAA: [1, 1, 1, 1, 1e6], BBB: [1, 1, 1, 1, 5e6], CCC: [1, 1, 1, 1, 2e6], DDD: [1, 1, 1, 1, 1e7] }),
  series('x', Y, { AAA: [null, null, null, 40, null], BBB: [null, null, null, null, 50] })
];
const ind = (code: string, pillar: string, s: string): IndicatorDefinition => ({
  code,
  name: name(code),
  pillar,
  unit: 'x',
  source: { kind: 'series', series: s },
  window: [2016, 2020],
  direction: 1,
  weight: 1,
  goalposts: { lower: 0, upper: 100 },
  note: name('')
});
const definition: FrameworkDefinition = {
  edition: 2026,
  code: 'IDX',
  name: name('Index'),
  availabilityThreshold: 0.5,
  briDate: '2023-12-31',
  recency: { referenceShare: 0.5, maxAge: 2 },
  smallEconomies: { series: 'pop', window: [2016, 2020], threshold: 1.5e6 },
  external: [
    {
      code: 'X',
      name: name('X'),
      unit: 'x',
      source: { kind: 'series', series: 'x' },
      window: [2016, 2020],
      note: name('')
    }
  ],
  indicators: [ind('A', 'P1', 'a'), ind('B', 'P1', 'b'), ind('C', 'P2', 'c')],
  aggregates: [
    { code: 'P1', name: name('P1'), level: 2, parent: 'IDX', weight: 1, minIndicators: 2, note: name('') },
    { code: 'P2', name: name('P2'), level: 2, parent: 'IDX', weight: 1, minIndicators: 1, note: name('') },
    { code: 'IDX', name: name('Index'), level: 3, parent: null, weight: 1, note: name('') }
  ],
  spec: {
    impute: { method: 'availableMean' },
    treat: { method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 },
    normalise: { method: 'minmax', range: [1, 100] },
    aggregate: { method: 'amean' },
    weights: {},
    uncertainty: { weightNoise: 0.25, alternatives: {} }
  }
};
const countries: CountriesFile = {
  schema: 2,
  sourceId: 'fixture',
  entities: ['AAA', 'BBB', 'CCC', 'DDD'].map((code) => ({
    code,
    name: name(code),
    kind: 'economy',
    region: 'R',
    incomeGroup: 'H'
  }))
};
const bri: BriFile = { schema: 2, sourceId: 'fixture', asOf: '2023-12', unknownJoinDate: '2013-09-07', members: [] };
const build = (d = definition) =>
  buildIndexFramework({
    definition: d,
    countries,
    bri,
    series: seriesLookup(new Map(fixture.map((s) => [s.id, s])), 'fixture')
  });

describe('buildIndexFramework: coverage, recency, imputation and small-economy rules', () => {
  it('sets each reference year from the units with a value and drops values older than maxAge before it', () => {
    const t = build();
    // A's latest years: 2020, 2019, 2016 → two of three have reached 2019.
    expect(t.referenceYears).toEqual({ A: 2019, B: 2020, C: 2020 });
    expect(t.stale).toEqual([{ unit: 'CCC', indicator: 'A', year: 2016, referenceYear: 2019 }]);
  });

  it('excludes a unit whose pillar falls short of minIndicators, naming the pillar and whether recency caused it', () => {
    const t = build();
    expect(t.units.map((u) => u.code)).toEqual(['AAA', 'BBB']);
    expect(t.exclusions).toEqual([
      {
        code: 'CCC',
        name: name('CCC'),
        available: 2,
        overall: false,
        pillars: [{ code: 'P1', available: 1, required: 2 }],
        byRecency: true
      },
      {
        code: 'DDD',
        name: name('DDD'),
        available: 2,
        overall: false,
        pillars: [{ code: 'P1', available: 1, required: 2 }],
        byRecency: false
      }
    ]);
  });

  it('flags values older than the reference year as carried forward and fillable missing cells as imputed', () => {
    const t = build();
    expect(t.flags).toEqual([]);
    const loose = build({ ...definition, recency: { referenceShare: 0, maxAge: 2 } });
    expect(loose.referenceYears.A).toBe(2020);
    expect(loose.flags).toEqual([
      { unit: 'BBB', indicator: 'A', flag: 'carried-forward', year: 2019, referenceYear: 2020, stale: false }
    ]);
    const oneA = build({
      ...definition,
      indicators: [ind('A', 'P1', 'a'), ind('B', 'P1', 'b'), ind('C', 'P1', 'c')],
      aggregates: definition.aggregates.filter((a) => a.code !== 'P2')
    });
    // One pillar of three: CCC (A too old) and DDD (no A) keep two of three and have A imputed from B and C.
    expect(oneA.units.map((u) => u.code)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    expect(flagsCsv(oneA)).toBe(
      'uCode,iCode,flag,year,referenceYear,stale,method\n' +
        'CCC,A,imputed,2016,2019,1,availableMean\n' +
        'DDD,A,imputed,NA,2019,0,availableMean\n'
    );
  });

  it('marks units at or below the population threshold as small and writes the external measures with years', () => {
    const t = build();
    expect(t.units.map((u) => [u.code, u.small, u.population])).toEqual([
      ['AAA', true, 1e6],
      ['BBB', false, 5e6]
    ]);
    expect(externalCsv(t)).toBe('uCode,X,X_year\nAAA,40,2019\nBBB,50,2020\n');
  });

  it('states the rules and their effect in method.json', () => {
    const m = JSON.parse(methodJson(build()));
    expect(m.coverage.pillars).toEqual([
      { code: 'P1', indicators: ['A', 'B'], required: 2 },
      { code: 'P2', indicators: ['C'], required: 1 }
    ]);
    expect(m.coverage.excluded.map((x: { code: string }) => x.code)).toEqual(['CCC', 'DDD']);
    expect(m.recency.unitsExcluded).toEqual(['CCC']);
    expect(m.recency.indicators[0]).toEqual({
      code: 'A',
      window: [2016, 2020],
      referenceYear: 2019,
      oldestAllowed: 2017,
      carriedForward: 0,
      dropped: 1
    });
    expect(m.smallEconomies.units).toEqual(['AAA']);
    expect(m.imputation).toMatchObject({ method: 'availableMean', cells: 0 });
  });
});
