import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parse-decimal.ts';

describe('parseDecimal', () => {
  it('reads decimal numbers with sign, fraction and exponent', () => {
    expect(parseDecimal('12')).toBe(12);
    expect(parseDecimal('-0.5')).toBe(-0.5);
    expect(parseDecimal('+3.')).toBe(3);
    expect(parseDecimal('.25')).toBe(0.25);
    expect(parseDecimal('1.2e3')).toBe(1200);
    expect(parseDecimal('1E-2')).toBe(0.01);
  });
  it('0x10, 0b1, 0o7, 1e, Infinity, 1_000, blanks and overflow are NaN, not 16, 1, 7 or ∞', () => {
    for (const s of ['0x10', '0b1', '0o7', '1e', 'Infinity', '-Infinity', '1_000', '', ' 1', '1,5', 'NaN', '1e999'])
      expect(parseDecimal(s), s).toBeNaN();
  });
});
