import { describe, expect, it } from 'vitest';
import { cagr } from './cagr.ts';

describe('cagr', () => {
  it('cagr(first, last, periods) is (last/first)^(1/periods) - 1 (China DDS exports 2010→2023)', () => {
    // 216265 / 56020 = 3.860496251…; ^(1/13) = 1.109526…  → 10.95 % a year (tolerance 1e-6)
    expect(cagr(56020, 216265, 13)).toBeCloseTo(Math.pow(216265 / 56020, 1 / 13) - 1, 14);
    expect(cagr(56020, 216265, 13)).toBeCloseTo(0.1095, 4);
  });
  it('cagr over one period equals year-on-year growth', () => {
    expect(cagr(157158, 171318, 1)).toBeCloseTo(14160 / 157158, 14);
  });
  it('cagr is NaN on NaN, non-positive values or periods', () => {
    expect(cagr(NaN, 1, 1)).toBeNaN();
    expect(cagr(0, 1, 1)).toBeNaN();
    expect(cagr(1, -1, 1)).toBeNaN();
    expect(cagr(1, 2, 0)).toBeNaN();
  });
});
