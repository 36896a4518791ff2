import { describe, expect, it } from 'vitest';
import { columnHeaders } from './column-headers.ts';

describe('columnHeaders', () => {
  it('wraps a few named columns onto two lines and keeps every one', () => {
    const h = columnHeaders({ labels: ['United States', 'EU', 'China'], width: 50 });
    expect(h.every).toBe(1);
    expect(h.lines[0]).toEqual(['United', 'States']);
    expect(h.lines[1]).toEqual(['EU']);
  });
  it('shows every other year whole when a year does not fit its column (8 years in 30 px columns)', () => {
    const years = ['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023'];
    const h = columnHeaders({ labels: years, width: 30 });
    expect(h.every).toBe(2);
    expect(h.lines.flat()).toEqual(years);
  });
  it('shows every header when the years fit', () => {
    expect(columnHeaders({ labels: ['2016', '2017'], width: 60 }).every).toBe(1);
  });
});
