import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { yearCell } from '../../csv/year-cell.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';
import { readWdiCountryMetadata } from './read-wdi-country-metadata.ts';
import { keepWdiEntity } from './wdi-entity-filter.ts';

/** Reads a long WDI file (`Country Name,Country Code,Year,Value`) from the datasets/world-development-indicators copy. */
export function readWdiLong(ctx: EtlContext, file: string, years = { min: 2000, max: 2025 }): Observation[] {
  const metadata = readWdiCountryMetadata(ctx);
  const table = readTable({ text: ctx.read(file), file, required: ['Country Code', 'Year', 'Value'] });
  const observations: Observation[] = [];
  for (const row of table.rows) {
    const entity = row.cells['Country Code'];
    if (!keepWdiEntity(metadata, entity, { file, row: row.line, column: 'Country Code' })) continue;
    const year = yearCell(file, row, 'Year', years);
    observations.push({ entity, year, value: numberCell(file, row, 'Value'), file, line: row.line, column: 'Value' });
  }
  return observations;
}
