import { csvFormatRows } from 'd3-dsv';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

export type CsvValue = string | number | null | undefined;

/**
 * The project's one CSV writer, on d3-dsv: RFC 4180 quoting (a field holding a comma, double quote, CR or LF is
 * quoted, inner quotes doubled), LF line ends and a final LF; null, undefined and non-finite numbers are empty
 * fields; text a spreadsheet would run as a formula is neutralised (spreadsheetSafe); numbers are written as
 * `String(n)`. A file whose format names another missing marker (COINr's `NA`) passes that marker as text. An empty
 * row is an empty line (a footer or a second table after a blank line).
 * @see https://github.com/d3/d3-dsv#csvFormatRows
 */
export function writeCsv({
  header,
  rows
}: {
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}): string {
  const cell = (value: CsvValue) =>
    value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))
      ? ''
      : typeof value === 'number'
        ? String(value)
        : spreadsheetSafe(value);
  return csvFormatRows([header.map(cell), ...rows.map((row) => row.map(cell))]) + '\n';
}
