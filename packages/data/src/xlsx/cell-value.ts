import type { CellValue } from 'exceljs';

/** A cell as a plain value: text trimmed, rich text and formula results flattened, dates as ISO dates; empty → null. */
export function cellValue(value: CellValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return cellValue(value.richText.map((part) => part.text).join(''));
  if (typeof value === 'object' && 'result' in value) return cellValue(value.result as CellValue);
  if (typeof value === 'object' && 'text' in value) return cellValue(value.text);
  return null;
}
