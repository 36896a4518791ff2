import type { Worksheet } from 'exceljs';
import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { cellValue } from '../../xlsx/cell-value.ts';
import { loadWorkbook } from '../../xlsx/load-workbook.ts';
import type { EtlContext } from '../etl-context.ts';

export interface ItuAggregatesQuery {
  /** The workbook, relative to the raw folder (the catalogue entry's `file`). */
  file: string;
  /** Start of the indicator's title cell, e.g. "International bandwidth usage" (matched case-insensitively). */
  indicator: string;
  /** Text in the unit header of the wanted block, e.g. "Tbit" (first block) or "Per Internet user" (second). */
  block: string;
}

/** One cell of an ITU aggregates block; `label` is the row's area name ("World", "Asia-Pacific"…). */
export interface ItuAggregateCell {
  label: string;
  year: number;
  value: number | null;
  file: string;
  sheet: string;
  row: number;
  column: string;
}

const norm = (text: unknown) => String(text ?? '').toLowerCase();

/**
 * Reads one indicator block from every sheet of the ITU Key ICT aggregates workbook that has it. Finds the title cell
 * by its text, the year row (the title row itself or the next one), the blocks of year columns (split by an empty
 * column) and the block whose unit header (title row, the row above or the year row) contains `block`. Data rows run
 * until the first row without a label. "N/A" is null; any other non-number is an error.
 */
export async function readItuAggregates(ctx: EtlContext, query: ItuAggregatesQuery): Promise<ItuAggregateCell[]> {
  const { file } = query;
  const workbook = await loadWorkbook({ bytes: ctx.readBytes(file), file });
  const cells: ItuAggregateCell[] = [];
  let found = 0;
  for (const sheet of workbook.worksheets) {
    const titleRow = findTitleRow(sheet, query.indicator);
    if (titleRow === undefined) continue;
    found += 1;
    cells.push(...readBlock(sheet, titleRow, query, file));
  }
  if (found === 0)
    throw new DataError({
      file,
      column: 'A',
      expected: `a sheet with an indicator titled "${query.indicator}…"`,
      got: `none in sheets ${workbook.worksheets.map((s) => s.name).join(', ')}`
    });
  return cells;
}

function findTitleRow(sheet: Worksheet, indicator: string): number | undefined {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const text = cellValue(sheet.getRow(r).getCell(1).value);
    if (typeof text === 'string' && norm(text).startsWith(norm(indicator))) return r;
  }
  return undefined;
}

function yearColumns(sheet: Worksheet, row: number): number[] {
  const cols: number[] = [];
  sheet.getRow(row).eachCell((cell, col) => {
    const v = cellValue(cell.value);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1990 && v <= 2100) cols.push(col);
  });
  return cols;
}

function readBlock(sheet: Worksheet, titleRow: number, query: ItuAggregatesQuery, file: string): ItuAggregateCell[] {
  const yearRow = yearColumns(sheet, titleRow).length > 0 ? titleRow : titleRow + 1;
  const cols = yearColumns(sheet, yearRow);
  const where = { file, row: yearRow, column: `${sheet.name}!years` };
  if (cols.length === 0) throw new DataError({ ...where, expected: `a row of years under "${query.indicator}"`, got: 'none' });
  const blocks: number[][] = [];
  for (const col of cols) {
    const last = blocks[blocks.length - 1];
    if (last && col === last[last.length - 1] + 1) last.push(col);
    else blocks.push([col]);
  }
  const headerRows = [titleRow - 1, titleRow, yearRow].filter((r) => r >= 1);
  const unitOf = (block: number[]) =>
    headerRows
      .flatMap((r) => [block[0] - 1, block[0]].map((c) => cellValue(sheet.getRow(r).getCell(c).value)))
      .filter((v): v is string => typeof v === 'string')
      .join(' ');
  const units = blocks.map(unitOf);
  const index = units.findIndex((unit) => norm(unit).includes(norm(query.block)));
  if (index < 0)
    throw new DataError({
      ...where,
      expected: `a block of years headed "${query.block}" for "${query.indicator}"`,
      got: units.map((u) => showValue(u)).join(', ')
    });
  const block = blocks[index];
  const out: ItuAggregateCell[] = [];
  for (let r = yearRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const label = cellValue(row.getCell(1).value);
    if (typeof label !== 'string') break;
    for (const col of block) {
      const year = cellValue(sheet.getRow(yearRow).getCell(col).value) as number;
      const raw = cellValue(row.getCell(col).value);
      const column = `${sheet.name}!${sheet.getColumn(col).letter}`;
      if (raw !== null && raw !== 'N/A' && typeof raw !== 'number')
        throw new DataError({ file, row: r, column, expected: 'a number or "N/A"', got: showValue(String(raw)) });
      out.push({ label, year, value: typeof raw === 'number' ? raw : null, file, sheet: sheet.name, row: r, column });
    }
  }
  return out;
}
