import { spreadsheetSafe } from '../csv/spreadsheet-safe.ts';
import type { ClaimRecord } from './types.ts';

export const CSV_COLUMNS = [
  'id',
  'text',
  'author',
  'title',
  'section',
  'topic',
  'entity',
  'indicator',
  'year',
  'value',
  'unit',
  'qualifier',
  'subject',
  'reading_value',
  'reading_year',
  'quote',
  'note',
  'conflicts'
] as const;

/**
 * One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF; inner quotes doubled; text a spreadsheet
 * would run as a formula is neutralised.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? String(value) : spreadsheetSafe(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The ledger as RFC 4180 CSV: header row, CRLF line ends, a final CRLF, conflict ids joined by ";". */
export function claimsToCsv(claims: readonly ClaimRecord[]): string {
  const rows = claims.map((c) =>
    [
      c.id,
      c.text,
      c.author,
      c.title,
      c.section,
      c.topic,
      c.entity,
      c.indicator,
      c.year,
      c.value,
      c.unit,
      c.qualifier,
      c.subject,
      c.reading?.value,
      c.reading?.year,
      c.quote,
      c.note,
      c.conflicts.join(';')
    ]
      .map(csvField)
      .join(',')
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
