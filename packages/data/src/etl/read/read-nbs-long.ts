import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { yearCell } from '../../csv/year-cell.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { PROVINCES } from '../../entities/provinces.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

const BY_NBS_CODE = new Map(PROVINCES.map((province) => [province.nbsCode, province.code]));

/** Reads one NBS easyquery long file; the indicator code is checked so a swapped file cannot pass for another. */
export function readNbsLong(ctx: EtlContext, file: string, indicatorCode: string): Observation[] {
  const table = readTable({
    text: ctx.read(file),
    file,
    required: ['indicator_code', 'region_code', 'year', 'value', 'has_data']
  });
  return table.rows.map((row) => {
    if (row.cells.indicator_code !== indicatorCode) {
      throw new DataError({
        file,
        row: row.line,
        column: 'indicator_code',
        expected: showValue(indicatorCode),
        got: showValue(row.cells.indicator_code)
      });
    }
    const entity = BY_NBS_CODE.get(row.cells.region_code);
    if (!entity)
      throw new DataError({
        file,
        row: row.line,
        column: 'region_code',
        expected: 'an NBS province code (110000…650000)',
        got: showValue(row.cells.region_code)
      });
    const year = yearCell(file, row, 'year', { min: 2010, max: 2025 });
    const value = row.cells.has_data === 'True' ? numberCell(file, row, 'value') : null;
    return { entity, year, value, file, line: row.line };
  });
}
