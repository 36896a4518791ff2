import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { definitionPillars } from './definition-pillars';

describe('definitionPillars', () => {
  it('splits China’s 2023 exports into goods (high-tech, other) and services (DDS, other), hand-checked (±1 US$)', () => {
    const m = definitionPillars(getEdition(2026), {
      goods: 'merchandise-exports',
      highTech: 'high-tech-exports',
      services: 'services-exports',
      digital: 'dds-exports'
    });
    expect(m.year).toBe(2023);
    // WDI merchandise exports CHN 2023 = 3,379,044,000,000 (rounded in the series); high-tech 825,045,389,470.
    expect(m.goods.highTech).toBeCloseTo(825045389470, 0);
    expect(m.goods.highTech + m.goods.other).toBeCloseTo(m.goods.total, 0);
    // UNCTAD: services 381,120.576 mn, DDS 216,265 mn.
    expect(m.services.total).toBeCloseTo(381120.576e6, 0);
    expect(m.services.other).toBeCloseTo((381120.576 - 216265) * 1e6, 0);
  });
});
