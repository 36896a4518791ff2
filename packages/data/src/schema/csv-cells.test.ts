import { describe, expect, it } from 'vitest';
import { numberOrNaCell, yearOrNaCell } from './csv-cells.ts';

describe('csv cells', () => {
  it('yearOrNaCell reads a four-digit year or NA and rejects anything else', () => {
    expect(['2024', 'NA'].map((v) => yearOrNaCell.parse(v))).toEqual([2024, null]);
    for (const bad of ['', '24', '2024.0', 'na']) expect(yearOrNaCell.safeParse(bad).success).toBe(false);
  });

  it('numberOrNaCell reads plain, signed and exponent numbers or NA and rejects text', () => {
    expect(['1.5', '-2', '8.57e11', 'NA'].map((v) => numberOrNaCell.parse(v))).toEqual([1.5, -2, 8.57e11, null]);
    for (const bad of ['', '1,5', 'Infinity', 'n/a']) expect(numberOrNaCell.safeParse(bad).success).toBe(false);
  });
});
