import { DataError } from '../errors/data-error.ts';
import { showValue } from '../errors/show-value.ts';
import type { TableRow } from './read-table.ts';

export interface YearRange {
  min: number;
  max: number;
}

/** Reads a four-digit year and checks it lies in the range the edition expects from this source. */
export function yearCell(file: string, row: TableRow, column: string, range: YearRange): number {
  const raw = row.cells[column].trim();
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(year) || year < range.min || year > range.max) {
    throw new DataError({
      file,
      row: row.line,
      column,
      expected: `a year in ${range.min}–${range.max}`,
      got: showValue(raw)
    });
  }
  return year;
}
