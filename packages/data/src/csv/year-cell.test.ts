import { describe, expect, it } from 'vitest';
import { yearCell } from './year-cell.ts';

const row = (v: string) => ({ line: 3, cells: { Year: v } });

describe('yearCell', () => {
  it('yearCell reads a year inside the range, bounds included', () => {
    expect([
      yearCell('f', row('2000'), 'Year', { min: 2000, max: 2025 }),
      yearCell('f', row('2025'), 'Year', { min: 2000, max: 2025 })
    ]).toEqual([2000, 2025]);
  });

  it('yearCell rejects a year out of range', () => {
    expect(() => yearCell('f.csv', row('2031'), 'Year', { min: 2000, max: 2025 })).toThrow(
      'f.csv:3:Year: expected a year in 2000–2025, got "2031"'
    );
  });

  it('yearCell rejects a non-year', () => {
    expect(() => yearCell('f.csv', row('YR2020'), 'Year', { min: 2000, max: 2025 })).toThrow('got "YR2020"');
  });
});
