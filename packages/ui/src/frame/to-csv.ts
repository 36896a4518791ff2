import { writeCsv, type CsvValue } from '@dtr/csv';

export interface Column {
  key: string;
  label: string;
}

export type Row = Record<string, CsvValue>;

/**
 * A chart's table as CSV: a header of the column labels, then exactly the rows and columns given, written by the
 * project's one CSV writer (@dtr/csv: RFC 4180 quoting, LF line ends, missing values as empty fields, formula-like
 * text neutralised, numbers unformatted so spreadsheets read them as numbers). `footer` records (e.g. source and
 * licence) follow the rows after an empty line, so the file carries its terms when it travels alone.
 */
export function toCsv({ rows, columns, footer = [] }: { rows: Row[]; columns: Column[]; footer?: string[][] }): string {
  const tail = footer.length > 0 ? [[], ...footer] : [];
  return writeCsv({ header: columns.map((c) => c.label), rows: [...rows.map((r) => columns.map((c) => r[c.key])), ...tail] });
}
