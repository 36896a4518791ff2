import { parseCsv } from '@dtr/csv';
import { DataError } from '../errors/data-error.ts';
import { showValue } from '../errors/show-value.ts';

export interface TableRow {
  /** 1-based physical line in the file. */
  line: number;
  cells: Record<string, string>;
}

export interface Table {
  file: string;
  header: string[];
  rows: TableRow[];
}

export interface ReadTableOptions {
  text: string;
  /** Name used in error messages (path relative to the raw folder). */
  file: string;
  /** Columns that must be present in the header. */
  required: string[];
  /** Non-blank records before the header (the World Bank bulk CSV has 2: data source and last-updated date). */
  skipRecords?: number;
  /** Columns where U+FFFD (a mis-decoded character) is tolerated because the ETL repairs them explicitly. */
  repairedColumns?: string[];
}

/** Parses a CSV with a header row; rejects empty files, missing or duplicate columns, ragged rows and mis-encoded text. */
export function readTable(options: ReadTableOptions): Table {
  const { file } = options;
  const records = parseCsv({ text: options.text, file }).slice(options.skipRecords ?? 0);
  if (records.length === 0) throw new DataError({ file, row: 1, expected: 'a header row', got: 'an empty file' });
  const headerRecord = records[0];
  const header = headerRecord.fields.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name !== '' && seen.has(name)) {
      throw new DataError({
        file,
        row: headerRecord.line,
        column: name,
        expected: 'unique column names',
        got: `"${name}" twice`
      });
    }
    seen.add(name);
  }
  for (const name of options.required) {
    if (!seen.has(name)) {
      throw new DataError({
        file,
        row: headerRecord.line,
        column: name,
        expected: `a column "${name}"`,
        got: `columns ${header.filter((h) => h !== '').join(', ')}`
      });
    }
  }
  if (records.length === 1)
    throw new DataError({ file, row: 2, expected: 'at least one data row', got: 'only a header' });
  const repaired = new Set(options.repairedColumns ?? []);
  const rows = records.slice(1).map((record) => {
    if (record.fields.length !== header.length) {
      throw new DataError({
        file,
        row: record.line,
        expected: `${header.length} fields`,
        got: `${record.fields.length} fields`
      });
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      const value = record.fields[index];
      if (value.includes('\ufffd') && !repaired.has(name)) {
        throw new DataError({
          file,
          row: record.line,
          column: name,
          expected: 'valid UTF-8 text',
          got: `mis-encoded ${showValue(value)}`
        });
      }
      cells[name] = value;
    });
    return { line: record.line, cells };
  });
  return { file, header, rows };
}
