import { DataError } from '../errors/data-error.ts';

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
}

/**
 * RFC 4180 parser: quoted fields may hold commas, quotes ("") and line breaks; CRLF, LF and a leading UTF-8 BOM are
 * accepted. Blank lines are skipped. Malformed quoting throws a DataError with the line and field number.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !afterQuote)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    afterQuote = false;
  };

  while (i < input.length) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
      i += 1;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (afterQuote) {
      throw new DataError({
        file,
        row: line,
        column: `field ${fields.length + 1}`,
        expected: 'a comma or line end after a closing quote',
        got: JSON.stringify(ch)
      });
    }
    if (ch === '"') {
      if (field !== '') {
        throw new DataError({
          file,
          row: line,
          column: `field ${fields.length + 1}`,
          expected: 'a quote only at the start of a field',
          got: JSON.stringify(field + ch)
        });
      }
      quoted = true;
      i += 1;
      continue;
    }
    field += ch;
    i += 1;
  }
  if (quoted) {
    throw new DataError({
      file,
      row: recordLine,
      column: `field ${fields.length + 1}`,
      expected: 'a closing quote',
      got: 'end of file'
    });
  }
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return records;
}
