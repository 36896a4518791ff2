import { spreadsheetSafe } from '../csv/spreadsheet-safe.ts';

/**
 * One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); null and undefined become NA; text a
 * spreadsheet would run as a formula is neutralised.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'NA';
  const s = typeof value === 'number' ? String(value) : spreadsheetSafe(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
