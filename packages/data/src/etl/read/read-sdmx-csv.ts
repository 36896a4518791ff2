import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { yearCell } from '../../csv/year-cell.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { isEntityCode } from '../../entities/is-entity-code.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

export interface SdmxQuery {
  /** The export, relative to the raw folder (the catalogue entry's `file`). */
  file: string;
  indicator: string;
  /** Expected UNIT_MEASURE and UNIT_MULT; any other unit on a row of this indicator is an error. */
  unitMeasure: string;
  unitMult: string;
}

/**
 * Reads one indicator of a World Bank Data360 SDMX-CSV export (UNCTAD_DE, ITU_GCI). OBS_STATUS "O" is SDMX's "missing value": the row exists only to
 * say there is no number, so it becomes null (never zero) and must not carry a value.
 */
export function readSdmxCsv(ctx: EtlContext, query: SdmxQuery): Observation[] {
  const { file } = query;
  const table = readTable({
    text: ctx.read(file),
    file,
    required: ['REF_AREA', 'INDICATOR', 'TIME_PERIOD', 'OBS_VALUE', 'UNIT_MEASURE', 'UNIT_MULT', 'OBS_STATUS']
  });
  const observations: Observation[] = [];
  for (const row of table.rows) {
    const { cells } = row;
    if (cells.INDICATOR !== query.indicator) continue;
    for (const [column, expected] of [
      ['UNIT_MEASURE', query.unitMeasure],
      ['UNIT_MULT', query.unitMult]
    ] as const) {
      if (cells[column] !== expected) {
        throw new DataError({
          file,
          row: row.line,
          column,
          expected: `unit ${showValue(expected)} for ${query.indicator}`,
          got: showValue(cells[column])
        });
      }
    }
    const entity = cells.REF_AREA;
    if (!isEntityCode(entity)) {
      throw new DataError({
        file,
        row: row.line,
        column: 'REF_AREA',
        expected: 'an ISO3 code or a known aggregate',
        got: showValue(entity)
      });
    }
    const year = yearCell(file, row, 'TIME_PERIOD', { min: 2000, max: 2025 });
    const value = numberCell(file, row, 'OBS_VALUE');
    if (cells.OBS_STATUS === 'O') {
      if (value !== null) {
        throw new DataError({
          file,
          row: row.line,
          column: 'OBS_VALUE',
          expected: 'an empty value for OBS_STATUS "O" (missing)',
          got: showValue(cells.OBS_VALUE)
        });
      }
    } else if (cells.OBS_STATUS !== 'A' || value === null) {
      throw new DataError({
        file,
        row: row.line,
        column: cells.OBS_STATUS !== 'A' ? 'OBS_STATUS' : 'OBS_VALUE',
        expected: 'OBS_STATUS "A" with a number, or "O" with an empty value',
        got: `${showValue(cells.OBS_STATUS)} with ${showValue(cells.OBS_VALUE)}`
      });
    }
    observations.push({ entity, year, value, file, line: row.line });
  }
  if (observations.length === 0) {
    throw new DataError({ file, column: 'INDICATOR', expected: `rows for ${query.indicator}`, got: 'none' });
  }
  return observations;
}
