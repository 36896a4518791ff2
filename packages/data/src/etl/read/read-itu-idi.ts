import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { isEntityCode } from '../../entities/is-entity-code.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

/**
 * The PDF extraction lost "ô" and "ü" (now U+FFFD) and with them the ISO3 lookup; these two rows are repaired by exact
 * name match, and any other row without an ISO3 is an error.
 */
const MISENCODED_ROWS: Record<string, string> = { "C\ufffdte d'Ivoire": 'CIV', 'T\ufffdrkiye': 'TUR' };

/** IDI scores: the 2024 score as year 2024 and the published 2023 score as year 2023. */
export function readItuIdi(ctx: EtlContext, file: string): Observation[] {
  const table = readTable({
    text: ctx.read(file),
    file,
    required: ['economy_name', 'iso3', 'idi_score', 'idi_2023', 'year'],
    repairedColumns: ['economy_name']
  });
  const observations: Observation[] = [];
  for (const row of table.rows) {
    const name = row.cells.economy_name;
    let entity = row.cells.iso3.trim();
    if (entity === '') {
      entity = MISENCODED_ROWS[name] ?? '';
      if (entity === '')
        throw new DataError({
          file,
          row: row.line,
          column: 'iso3',
          expected: 'an ISO3 code',
          got: `"" for ${showValue(name)}`
        });
    } else if (name.includes('\ufffd')) {
      throw new DataError({
        file,
        row: row.line,
        column: 'economy_name',
        expected: 'valid UTF-8 text',
        got: `mis-encoded ${showValue(name)}`
      });
    }
    if (!isEntityCode(entity))
      throw new DataError({ file, row: row.line, column: 'iso3', expected: 'an ISO3 code', got: showValue(entity) });
    if (row.cells.year !== '2024')
      throw new DataError({
        file,
        row: row.line,
        column: 'year',
        expected: '"2024" (the IDI 2024 edition)',
        got: showValue(row.cells.year)
      });
    for (const [column, year] of [
      ['idi_2023', 2023],
      ['idi_score', 2024]
    ] as const) {
      const value = numberCell(file, row, column);
      if (value !== null && (value < 0 || value > 100))
        throw new DataError({ file, row: row.line, column, expected: 'a score in 0–100', got: String(value) });
      observations.push({ entity, year, value, file, line: row.line });
    }
  }
  return observations;
}
