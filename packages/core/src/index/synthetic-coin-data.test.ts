import { describe, expect, it } from 'vitest';
import { compileFramework } from './compile-framework.ts';
import { syntheticCoinData } from './synthetic-coin-data.ts';

describe('syntheticCoinData', () => {
  it('builds a valid units × indicators framework with pillars of 5, two sub-indexes and one Index', () => {
    const d = syntheticCoinData({ units: 20, indicators: 12, seed: 4 });
    expect(d.units).toHaveLength(20);
    expect(Object.keys(d.columns)).toHaveLength(12);
    const fw = compileFramework(d.meta);
    expect(fw.codes.slice(12)).toEqual(['P1', 'P2', 'P3', 'S1', 'S2', 'Index']);
    expect(d.meta.filter((m) => m.direction === -1).map((m) => m.code)).toEqual(['I7']);
  });
  it('is reproducible from its seed', () => {
    const a = syntheticCoinData({ units: 10, indicators: 5, seed: 9 });
    const b = syntheticCoinData({ units: 10, indicators: 5, seed: 9 });
    expect(Array.from(a.columns.I3)).toEqual(Array.from(b.columns.I3));
    expect(Array.from(syntheticCoinData({ units: 10, indicators: 5, seed: 10 }).columns.I3)).not.toEqual(
      Array.from(a.columns.I3)
    );
  });
});
