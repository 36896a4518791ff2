import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { entityDots, latestCommonYear } from './entity-dots';

describe('entityDots', () => {
  it('latestCommonYear() is the last year every named economy has a value (VNM lacks 2024 high-tech data)', () => {
    expect(latestCommonYear(getEdition(2026), 'high-tech-exports-share', ['CHN', 'VNM', 'WLD'])).toBe(2023);
  });

  it('sorts the chosen economies largest first and lists those without a value (ICT goods, 2018 vintage 2020)', () => {
    const m = entityDots(getEdition(2026), 'ict-goods-exports-share-wdi2020', ['CHN', 'KOR', 'USA', 'VNM'], 2018);
    expect(m.rows.map((d) => d.code)).toEqual(['KOR', 'CHN', 'USA']);
    expect(m.rows[1].value).toBeCloseTo(27.30818, 5);
    expect(m.missing).toEqual(['VNM']);
  });
});
