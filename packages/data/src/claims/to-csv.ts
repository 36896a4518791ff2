import { writeCsv } from '@dtr/csv';
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

/** The ledger as CSV (the project's one writer, `writeCsv`): header row, one row per claim, conflict ids joined by ";". */
export function claimsToCsv(claims: readonly ClaimRecord[]): string {
  const rows = claims.map((c) => [
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
  ]);
  return writeCsv({ header: CSV_COLUMNS, rows });
}
