import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { yearCell } from '../../csv/year-cell.ts';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { PROVINCES } from '../../entities/provinces.ts';
import type { EtlContext } from '../etl-context.ts';
import type { Observation } from '../observation.ts';

/** The GDP compilation names provinces by their full Chinese name and the country as 中国. */
const BY_NAME = new Map<string, string>([
  ...PROVINCES.map((province): [string, string] => [province.name.zh, province.code]),
  ['中国', 'CHN']
]);

function entityOf(file: string, line: number, name: string): string {
  const entity = BY_NAME.get(name);
  if (!entity)
    throw new DataError({
      file,
      row: line,
      column: 'name',
      expected: 'a province name such as 广东省, or 中国',
      got: showValue(name)
    });
  return entity;
}

/** Provincial GDP, 100 million CNY at current prices. */
export function readNbsGdp(ctx: EtlContext, file: string): Observation[] {
  const table = readTable({ text: ctx.read(file), file, required: ['year', 'name', 'value'] });
  return table.rows.map((row) => ({
    entity: entityOf(file, row.line, row.cells.name),
    year: yearCell(file, row, 'year', { min: 1949, max: 2025 }),
    value: numberCell(file, row, 'value'),
    file,
    line: row.line
  }));
}

/** One sector's share of provincial GDP, %. */
export function readNbsSectorShare(
  ctx: EtlContext,
  sector: '第一产业' | '第二产业' | '第三产业',
  file: string
): Observation[] {
  const table = readTable({ text: ctx.read(file), file, required: ['year', 'name', 'sector', 'value'] });
  const observations: Observation[] = [];
  for (const row of table.rows) {
    if (!['第一产业', '第二产业', '第三产业'].includes(row.cells.sector)) {
      throw new DataError({
        file,
        row: row.line,
        column: 'sector',
        expected: '第一产业, 第二产业 or 第三产业',
        got: showValue(row.cells.sector)
      });
    }
    if (row.cells.sector !== sector) continue;
    const value = numberCell(file, row, 'value');
    if (value !== null && (value < 0 || value > 100))
      throw new DataError({ file, row: row.line, column: 'value', expected: 'a share in 0–100 %', got: String(value) });
    observations.push({
      entity: entityOf(file, row.line, row.cells.name),
      year: yearCell(file, row, 'year', { min: 1949, max: 2025 }),
      value,
      file,
      line: row.line
    });
  }
  return observations;
}
