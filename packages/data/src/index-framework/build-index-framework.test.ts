import { describe, expect, it } from 'vitest';
import type { BriFile, CountriesFile, Series } from '../schema/types.ts';
import { buildIndexFramework } from './build-index-framework.ts';
import type { FrameworkDefinition } from '../schema/types.ts';
import { iDataCsv } from './i-data-csv.ts';
import { iMetaCsv } from './i-meta-csv.ts';
import { iYearsCsv } from './i-years-csv.ts';
import { seriesLookup } from './latest-in-window.ts';
import { percentile95Goalpost } from './percentile-95-goalpost.ts';

const series = (id: string, years: number[], values: Record<string, (number | null)[]>, scale = 1): Series => ({
  schema: 2,
  id,
  sourceId: 'fixture',
  unit: 'x',
  scale,
  transformation: '',
  years,
  values
});

const fixture = [
  series('a', [2019, 2020, 2021], { AAA: [1, 2, null], BBB: [5, null, null], CCC: [null, null, null], WLD: [9, 9, 9] }),
  series('num', [2020, 2021], { AAA: [10, 20], BBB: [30, 40], CCC: [1, 2] }, 1e6),
  series('den', [2020, 2021], { AAA: [2, null], BBB: [0, 4], CCC: [1, 1] }),
  series('g', [2022], { AAA: [0.5] })
];

const name = (s: string) => ({ en: s, zh: s });
const definition: FrameworkDefinition = {
  edition: 2026,
  code: 'IDX',
  name: name('Index'),
  availabilityThreshold: 0.75,
  briDate: '2023-12-31',
  indicators: [
    {
      code: 'A',
      name: name('A, with a comma'),
      pillar: 'P1',
      unit: 'x',
      source: { kind: 'series', series: 'a' },
      window: [2019, 2021],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: name('')
    },
    {
      code: 'R',
      name: name('R'),
      pillar: 'P1',
      unit: 'x',
      source: { kind: 'ratio', numerator: 'num', denominator: 'den', factor: 1 },
      window: [2019, 2021],
      direction: -1,
      weight: 2,
      goalposts: { lower: 0, upper: 'p95' },
      note: name('')
    },
    {
      code: 'G',
      name: name('G'),
      pillar: 'P2',
      unit: '%',
      source: { kind: 'series', series: 'g', factor: 100 },
      window: [2017, 2022],
      direction: 1,
      weight: 1,
      goalposts: { lower: 0, upper: 100 },
      note: name('')
    }
  ],
  aggregates: [
    { code: 'P1', name: name('P1'), level: 2, parent: 'IDX', weight: 1, note: name('') },
    { code: 'P2', name: name('P2'), level: 2, parent: 'IDX', weight: 0, note: name('') },
    { code: 'IDX', name: name('Index'), level: 3, parent: null, weight: 1, note: name('') }
  ],
  spec: {
    treat: { method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 },
    normalise: { method: 'minmax', range: [1, 100] },
    aggregate: { method: 'amean' },
    weights: {},
    uncertainty: { weightNoise: 0.25, alternatives: {}, draws: 10, seed: 1 }
  }
};

const countries: CountriesFile = {
  schema: 2,
  sourceId: 'fixture',
  entities: [
    { code: 'CCC', name: name('Ccc'), kind: 'economy', region: 'R1', incomeGroup: null },
    { code: 'BBB', name: name('Bbb'), kind: 'economy', region: 'R2', incomeGroup: 'High income' },
    { code: 'AAA', name: name('Aaa'), kind: 'economy', region: 'R1', incomeGroup: 'Low income' },
    { code: 'WLD', name: name('World'), kind: 'aggregate', region: null, incomeGroup: null }
  ]
};
const bri: BriFile = {
  schema: 2,
  sourceId: 'fixture',
  asOf: '2023-12',
  unknownJoinDate: '2013-09-07',
  members: [
    { code: 'AAA', joined: '2015-01-01', exited: null },
    { code: 'BBB', joined: '2015-01-01', exited: '2023-06-12' }
  ]
};

const build = () =>
  buildIndexFramework({
    definition,
    countries,
    bri,
    series: seriesLookup(new Map(fixture.map((s) => [s.id, s])), 'fixture')
  });

describe('buildIndexFramework', () => {
  it('keeps economies (never aggregates) with enough weighted indicators, sorted by code', () => {
    const t = build();
    // Weighted pillar P1 has 2 indicators, so 0.75 · 2 → 2 required; CCC has only R, WLD is an aggregate.
    expect(t.units.map((u) => u.code)).toEqual(['AAA', 'BBB']);
    expect(t.screening).toEqual({
      candidates: 3,
      counted: ['A', 'R'],
      required: 2,
      dropped: [{ code: 'CCC', available: 1 }]
    });
  });

  it('takes the latest year in the window, ratios in a year both parts have, scale applied, zero denominators skipped', () => {
    const t = build();
    expect(t.values).toEqual([
      [2, 5e6, 50],
      [5, 1e7, null]
    ]);
    expect(t.years).toEqual([
      [2020, 2020, 2022],
      [2019, 2021, null]
    ]);
  });

  it('reads Belt and Road membership at the stated date (an exit before it counts as not a member)', () => {
    expect(build().units.map((u) => u.bri)).toEqual([true, false]);
    expect(build().units[0].income).toBe('Low income');
  });

  it('sets p95 goalposts from the kept units and keeps fixed ones', () => {
    expect(build().goalposts).toEqual({ A: [0, 100], R: [0, percentile95Goalpost([5e6, 1e7])], G: [0, 100] });
  });

  it('writes COINr iData, iMeta and iYears with quoting and NA for missing', () => {
    const t = build();
    expect(iDataCsv(t)).toBe(
      'uCode,uName,Region_group,Income_group,BRI_group,Size_group,A,R,G\n' +
        'AAA,Aaa,R1,Low income,BRI,Not small,2,5000000,50\n' +
        'BBB,Bbb,R2,High income,Non-BRI,Not small,5,10000000,NA\n'
    );
    expect(iMetaCsv(t).split('\n').slice(0, 3)).toEqual([
      'iCode,iName,Level,Parent,Direction,Weight,Type,goalpost_lower,goalpost_upper',
      'A,"A, with a comma",1,P1,1,1,Indicator,0,100',
      'R,R,1,P1,-1,2,Indicator,0,9800000'
    ]);
    expect(iMetaCsv(t)).toContain('P2,P2,2,IDX,1,0,Aggregate,NA,NA\nIDX,Index,3,NA,1,1,Aggregate,NA,NA\n');
    expect(iYearsCsv(t)).toBe('uCode,A,R,G\nAAA,2020,2020,2022\nBBB,2019,2021,NA\n');
  });

  it('names the missing series file when the framework asks for a series the edition lacks', () => {
    expect(() => seriesLookup(new Map(), 'editions/2026')('nope')).toThrow(
      'editions/2026/series/nope.json: expected series "nope" used by the index framework, got no such file'
    );
  });
});

describe('percentile95Goalpost', () => {
  it('rounds the 95th percentile up to two significant digits', () => {
    expect(percentile95Goalpost([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1234])).toBe(80);
    expect(percentile95Goalpost([0.01234])).toBe(0.013);
  });
});
