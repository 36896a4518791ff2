import { DataError } from '../errors/data-error.ts';
import { showValue } from '../errors/show-value.ts';
import type { TableRow } from './read-table.ts';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** Spellings of "no value" in the sources: empty (SDMX, WB), NA (DataBank reshaped in R), ".." (WB DataBank). */
const MISSING = new Set(['', 'NA', '..']);

/** Reads a numeric cell; a missing marker becomes null, anything else that is not a plain number throws. */
export function numberCell(file: string, row: TableRow, column: string): number | null {
  const raw = row.cells[column].trim();
  if (MISSING.has(raw)) return null;
  if (!NUMBER.test(raw)) {
    throw new DataError({ file, row: row.line, column, expected: 'a number or an empty cell', got: showValue(raw) });
  }
  return Number(raw);
}
