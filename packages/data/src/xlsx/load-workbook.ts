import type { Workbook } from 'exceljs';
import { DataError } from '../errors/data-error.ts';

/** Opens an xlsx workbook from its bytes with exceljs (loaded on demand, so browser bundles never pull it in). */
export async function loadWorkbook(options: { bytes: Uint8Array; file: string }): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(options.bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new DataError({ file: options.file, expected: 'an xlsx workbook', got: (error as Error).message });
  }
  return workbook;
}
