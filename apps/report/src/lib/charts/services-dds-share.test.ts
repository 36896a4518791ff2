import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { servicesDdsShare } from './services-dds-share';

describe('servicesDdsShare', () => {
  it('divides UNCTAD DDS exports by all services exports (hand-checked, ±0.0001)', () => {
    const m = servicesDdsShare(getEdition(2026), { digital: 'dds-exports', services: 'services-exports' });
    const i = m.years.indexOf(2023);
    // dds-exports CHN 2023 = 216,265; services-exports CHN 2023 = 381,120.576 (US$ mn) → 56.74 %.
    expect(m.share.CHN[i]).toBeCloseTo(216265 / 381120.576, 4);
    expect(m.share.CHN[i]).toBeCloseTo(0.567, 3);
    // World 2022: 4,083,964 / 7,422,499.842 = 55.02 %, the ledger's dds-world-2022-share dataset value.
    expect(m.share.WLD[m.years.indexOf(2022)]).toBeCloseTo(0.550215, 4);
  });

  it('covers only the years both series hold', () => {
    const m = servicesDdsShare(getEdition(2026), { digital: 'dds-exports', services: 'services-exports' });
    expect(m.years[0]).toBe(2010);
    expect(m.years.at(-1)).toBe(2023);
  });
});
