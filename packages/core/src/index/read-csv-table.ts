import { CsvError, parseCsv, type CsvRecord } from '@dtr/csv';
import { InputError } from './input-error.ts';

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** File line on which each row starts (header is line 1). */
  lines: number[];
}

function records({ text, file }: { text: string; file: string }): CsvRecord[] {
  try {
    return parseCsv({ text, file });
  } catch (e) {
    if (e instanceof CsvError) throw new InputError(file, e.row, '(record)', e.expected, e.got);
    throw e;
  }
}

/**
 * A COINr-style table (header row, then one record per unit or indicator) read with the project's one CSV reader
 * (@dtr/csv: RFC 4180, BOM and CRLF accepted, blank lines skipped); its errors become InputErrors. Every row must have
 * as many fields as the header, and no two columns may share a name.
 */
export function readCsvTable({ text, file }: { text: string; file: string }): CsvTable {
  const all = records({ text, file });
  if (all.length === 0) throw new InputError(file, 1, '(header)', 'a header row', '');
  const [head, ...body] = all;
  for (const r of body) {
    if (r.fields.length !== head.fields.length) {
      throw new InputError(
        file,
        r.line,
        '(record)',
        `${head.fields.length} fields like the header`,
        `${r.fields.length} fields`
      );
    }
  }
  const header = head.fields.map((h) => h.trim());
  const first = new Map<string, number>();
  header.forEach((h, i) => {
    const earlier = first.get(h);
    // A second column of the same name would be silently ignored by every reader that looks columns up by name.
    if (earlier !== undefined)
      throw new InputError(
        file,
        head.line,
        h,
        `a name not used by an earlier column (it is column ${earlier + 1} and ${i + 1})`,
        h
      );
    first.set(h, i);
  });
  return { header, rows: body.map((r) => r.fields), lines: body.map((r) => r.line) };
}
