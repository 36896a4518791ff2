import { InputError } from './InputError.ts';

export interface CsvTable {
  header: string[];
  rows: string[][];
  /** File line on which each row starts (header is line 1). */
  lines: number[];
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally double-quoted with "" as an escaped quote, LF or CRLF line ends,
 * a leading BOM ignored, blank lines skipped. Every row must have as many fields as the header.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: start });
    fields = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) throw new InputError(file, start, '(record)', 'a closing double quote', 'end of file');
  if (field !== '' || fields.length > 0) endRecord();
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
