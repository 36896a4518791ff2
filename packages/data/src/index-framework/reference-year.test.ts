import { describe, expect, it } from 'vitest';
import { referenceYear } from './reference-year.ts';

describe('referenceYear', () => {
  it('is the latest year that half the units with a value have reached', () => {
    // Latest years 2024 ×2, 2023 ×1, 2022 ×2: three of five (≥ 2.5) have reached 2023.
    expect(referenceYear({ years: [2024, 2022, null, 2023, 2024, 2022], share: 0.5 })).toBe(2023);
  });

  it('is the most recent year when one unit is enough, the oldest when all must have reached it', () => {
    const years = [2020, 2024, 2021];
    expect(referenceYear({ years, share: 0 })).toBe(2024);
    expect(referenceYear({ years, share: 1 })).toBe(2020);
  });

  it('is null when no unit has a value', () => {
    expect(referenceYear({ years: [null, null], share: 0.5 })).toBeNull();
  });
});
