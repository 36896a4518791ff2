import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, embedded commas and newlines, CRLF, BOM and blank lines', () => {
    const t = parseCsv('\ufeff"a",b\r\n"x, ""y""",2\r\n\r\n"multi\nline",3\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      ['x, "y"', '2'],
      ['multi\nline', '3']
    ]);
    expect(t.lines).toEqual([2, 4]);
  });
  it('reports an unclosed quote and ragged rows with file and row', () => {
    expect(() => parseCsv('a,b\n"x,1\n', 'f.csv')).toThrow(
      'f.csv: row 2, column (record): expected a closing double quote, got "end of file"'
    );
    expect(() => parseCsv('a,b\n1\n', 'f.csv')).toThrow(
      'f.csv: row 2, column (record): expected 2 fields like the header, got "1 fields"'
    );
    expect(() => parseCsv('', 'f.csv')).toThrow(/expected a header row/);
  });
});
