import { csvParseRows } from 'd3-dsv';
import { CsvError } from './csv-error.ts';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
}

const LINE_BREAK = /\r\n|\r|\n/g;
const lineBreaks = (field: string) => field.match(LINE_BREAK)?.length ?? 0;

/**
 * The project's one CSV reader, on d3-dsv: RFC 4180 records (quoted fields may hold commas, doubled quotes and line
 * breaks); CRLF, CR and LF line ends and a leading UTF-8 BOM are accepted; blank lines are skipped; every field is
 * returned as text, so what a missing value is (empty, `NA`, `..`) is decided by the reader of the column. d3-dsv
 * reads an unclosed quote to the end of the file, so an odd number of double quotes is rejected here, naming the line
 * where the last record starts.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 * @see https://github.com/d3/d3-dsv#csvParseRows
 */
export function parseCsv({ text, file }: { text: string; file: string }): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  for (const fields of csvParseRows(input)) {
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line, fields });
    line += 1 + fields.reduce((n, field) => n + lineBreaks(field), 0);
  }
  const quotes = input.split('"').length - 1;
  if (quotes % 2 === 1) {
    throw new CsvError({
      file,
      row: records.at(-1)?.line ?? 1,
      expected: 'every quoted field closed (an even number of double quotes)',
      got: 'an unclosed quote before the end of file'
    });
  }
  return records;
}
