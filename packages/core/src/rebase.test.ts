import { describe, expect, it } from 'vitest';
import { rebase } from './rebase.ts';

describe('rebase', () => {
  it('rebase(values, years, 2010) sets 2010 = 100 (China DDS exports: 2023 = 386.05)', () => {
    const r = rebase(new Float64Array([56020, 207007, 216265]), new Float64Array([2010, 2022, 2023]), 2010);
    expect(r[0]).toBe(100);
    // hand: 216265 / 56020 · 100 = 386.0496 (tolerance 1e-4)
    expect(r[2]).toBeCloseTo(386.0496, 4);
  });
  it('rebase is all NaN when the base year is missing, NaN or zero', () => {
    const y = new Float64Array([1, 2]);
    expect(Array.from(rebase(new Float64Array([1, 2]), y, 3)).every(Number.isNaN)).toBe(true);
    expect(Array.from(rebase(new Float64Array([NaN, 2]), y, 1)).every(Number.isNaN)).toBe(true);
    expect(Array.from(rebase(new Float64Array([0, 2]), y, 1)).every(Number.isNaN)).toBe(true);
  });
});
