import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { ddsTradeRank } from './dds-trade-rank';
import { servicesDdsRank } from './services-dds-rank';

describe('servicesDdsRank', () => {
  it('ranks economies only, largest first: China 6th in 2023 (UNCTAD_DE.csv, hand-checked)', () => {
    const m = servicesDdsRank(getEdition(2026), 'dds-exports');
    expect(m.year).toBe(2023);
    expect(m.ranked.slice(0, 6).map((d) => d.code)).toEqual(['USA', 'GBR', 'IRL', 'IND', 'DEU', 'CHN']);
    expect(m.china.rank).toBe(6);
    expect(m.china.value).toBeCloseTo(216265e6, 0);
    expect(m.ranked.some((d) => d.code === 'WLD')).toBe(false);
  });

  it('ranks China 5th by exports plus imports in 2022, as one text states', () => {
    expect(ddsTradeRank(getEdition(2026), { exports: 'dds-exports', imports: 'dds-imports', year: 2022 }).rank).toBe(5);
  });
});
