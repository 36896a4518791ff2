import { spreadsheetSafe } from './spreadsheetSafe.ts';

export interface Column {
  key: string;
  label: string;
}

export type Row = Record<string, string | number | null | undefined>;

// RFC 4180: quote a field containing a comma, quote or line break, doubling inner quotes; text that a spreadsheet
// would run as a formula is neutralised first.
function field(value: string | number | null | undefined): string {
  if (value == null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  const text = typeof value === 'number' ? String(value) : spreadsheetSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV of exactly the rows and columns given, CRLF line ends (RFC 4180). Numbers are written unformatted, so
 * spreadsheets read them as numbers; missing values are empty fields.
 */
export function toCsv({ rows, columns }: { rows: Row[]; columns: Column[] }): string {
  const lines = [columns.map((c) => field(c.label)), ...rows.map((r) => columns.map((c) => field(r[c.key])))];
  return lines.map((l) => l.join(',')).join('\r\n') + '\r\n';
}
