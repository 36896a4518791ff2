import { csvParseRows } from 'd3-dsv';
import { InputError } from './input-error.ts';

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** File line on which each row starts (header is line 1). */
  lines: number[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * RFC 4180 CSV read by d3-dsv (the project's one CSV library): comma-separated, fields optionally double-quoted with ""
 * as an escaped quote, LF or CRLF line ends, a leading BOM ignored, blank lines skipped. d3-dsv reads an unclosed quote
 * to the end of the file, so an odd number of quotes is rejected. Every row must have as many fields as the header.
 * @see https://github.com/d3/d3-dsv#csvParseRows
 */
export function parseCsv(text: string, file: string): CsvTable {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: { fields: string[]; line: number }[] = [];
  let line = 1;
  for (const fields of csvParseRows(input)) {
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line });
    line += 1 + fields.reduce((n, f) => n + (f.match(LINE_BREAK)?.length ?? 0), 0);
  }
  if ((input.split('"').length - 1) % 2 === 1)
    throw new InputError(file, records.at(-1)?.line ?? 1, '(record)', 'a closing double quote', 'end of file');
  if (records.length === 0) throw new InputError(file, 1, '(header)', 'a header row', '');
  const [head, ...body] = records;
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
