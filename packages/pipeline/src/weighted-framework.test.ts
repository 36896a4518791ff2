import { describe, expect, it } from 'vitest';
import type { CoinData, IndicatorMeta } from '@dtr/core';
import { weightedFramework } from './weighted-framework.ts';

const row = (code: string, level: number, parent: string | null, weight: number): IndicatorMeta => ({
  code,
  name: code,
  level,
  parent,
  direction: 1,
  weight,
  type: level === 1 ? 'Indicator' : 'Aggregate'
});
const data: CoinData = {
  units: ['A'],
  unitNames: ['A'],
  groups: {},
  meta: [
    row('x', 1, 'P', 1),
    row('y', 1, 'Q', 1),
    row('z', 1, 'Q', 1),
    row('P', 2, 'I', 1),
    row('Q', 2, 'I', 0),
    row('I', 3, null, 1)
  ],
  columns: {}
};
const codes = (d: CoinData) => d.meta.map((m) => m.code);

describe('weightedFramework', () => {
  it('weightedFramework leaves out a weight-0 aggregate and the indicators under it', () => {
    expect(codes(weightedFramework({ data, weights: {} }))).toEqual(['x', 'P', 'I']);
  });

  it('weightedFramework reads weights from the spec over iMeta', () => {
    expect(codes(weightedFramework({ data, weights: { Q: 1, P: 0 } }))).toEqual(['y', 'z', 'Q', 'I']);
  });
});
