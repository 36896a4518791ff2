import { describe, expect, it } from 'vitest';
import { fittedRow } from './fitted-row.ts';

describe('fittedRow', () => {
  it('keeps the natural row without a room (prerendered and desktop layouts)', () => {
    expect(fittedRow({ row: 64, rows: 4, fixed: 36, min: 40 })).toBe(64);
  });
  it('keeps the natural row when the rows fit the room', () => {
    expect(fittedRow({ row: 64, rows: 4, fixed: 36, room: 400, min: 40 })).toBe(64);
  });
  it('flattens the rows to fit: 4 rows under 36 px of axis in 272 px are 59 px each', () => {
    expect(fittedRow({ row: 64, rows: 4, fixed: 36, room: 272, min: 40 })).toBe(59);
  });
  it('rounds down to a tenth of a pixel so the rows never exceed the room (±0)', () => {
    const row = fittedRow({ row: 26, rows: 9, fixed: 48, room: 269, min: 18 });
    expect(row).toBe(24.5);
    expect(48 + 9 * row).toBeLessThanOrEqual(269);
  });
  it('never goes below the floor the marks and labels need', () => {
    expect(fittedRow({ row: 64, rows: 4, fixed: 36, room: 100, min: 40 })).toBe(40);
  });
});
