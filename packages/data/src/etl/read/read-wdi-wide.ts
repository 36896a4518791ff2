import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';
import { readWdiCountryMetadata } from './read-wdi-country-metadata.ts';
import { keepWdiEntity } from './wdi-entity-filter.ts';

export interface WdiWideQuery {
  file: string;
  indicatorCode: string;
  /** Preamble records before the header (blank lines do not count): 2 in the 2026 bulk file, 0 in the 2024 copy. */
  skipRecords: number;
  firstYear: number;
  lastYear: number;
}

/** Reads a World Bank bulk ("wide") CSV, one column per year; empty cells are skipped rather than stored as null. */
export function readWdiWide(ctx: EtlContext, query: WdiWideQuery): Observation[] {
  const { file } = query;
  const yearColumns = Array.from({ length: query.lastYear - query.firstYear + 1 }, (_, i) =>
    String(query.firstYear + i)
  );
  const table = readTable({
    text: ctx.read(file),
    file,
    required: ['Country Code', 'Indicator Code', ...yearColumns],
    skipRecords: query.skipRecords
  });
  const metadata = readWdiCountryMetadata(ctx);
  const observations: Observation[] = [];
  for (const row of table.rows) {
    if (row.cells['Indicator Code'] !== query.indicatorCode) {
      throw new DataError({
        file,
        row: row.line,
        column: 'Indicator Code',
        expected: showValue(query.indicatorCode),
        got: showValue(row.cells['Indicator Code'])
      });
    }
    const entity = row.cells['Country Code'];
    if (!keepWdiEntity(metadata, entity, { file, row: row.line, column: 'Country Code' })) continue;
    for (const column of yearColumns) {
      const value = numberCell(file, row, column);
      if (value !== null) observations.push({ entity, year: Number(column), value, file, line: row.line });
    }
  }
  return observations;
}
