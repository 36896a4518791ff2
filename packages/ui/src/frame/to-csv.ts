import { csvFormatRows } from 'd3-dsv';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

export interface Column {
  key: string;
  label: string;
}

export type Row = Record<string, string | number | null | undefined>;

const cell = (value: Row[string]) =>
  value == null || (typeof value === 'number' && !Number.isFinite(value))
    ? ''
    : typeof value === 'number'
      ? String(value)
      : spreadsheetSafe(value);

/**
 * The CSV of exactly the rows and columns given, written by d3-dsv with the project's one convention (as @dtr/data's
 * writeCsv): RFC 4180 quoting, LF line ends and a final LF, missing values as empty fields, text a spreadsheet would
 * run as a formula neutralised. Numbers are written unformatted, so spreadsheets read them as numbers. `footer`
 * records (e.g. source and licence) follow the rows after an empty line, so the file carries its terms when it travels
 * alone.
 * @see https://github.com/d3/d3-dsv#csvFormatRows
 */
export function toCsv({ rows, columns, footer = [] }: { rows: Row[]; columns: Column[]; footer?: string[][] }): string {
  const tail = footer.length > 0 ? [[], ...footer.map((record) => record.map(cell))] : [];
  return csvFormatRows([columns.map((c) => c.label), ...rows.map((r) => columns.map((c) => cell(r[c.key]))), ...tail]) + '\n';
}
