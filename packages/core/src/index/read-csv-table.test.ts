import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.ts';
import { readCsvTable } from './read-csv-table.ts';

const read = (text: string) => () => readCsvTable({ text, file: 'f.csv' });

describe('readCsvTable', () => {
  it('readCsvTable reads quotes, escaped quotes, embedded commas and newlines, CRLF, BOM and blank lines', () => {
    const t = readCsvTable({ text: '\ufeff"a",b\r\n"x, ""y""",2\r\n\r\n"multi\nline",3\n', file: 'f.csv' });
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([
      ['x, "y"', '2'],
      ['multi\nline', '3']
    ]);
    expect(t.lines).toEqual([2, 4]);
  });
  it("readCsvTable reports the reader's unclosed quote as an InputError with file and row", () => {
    expect(read('a,b\n"x,1\n')).toThrow(
      'f.csv: row 2, column (record): expected every quoted field closed (an even number of double quotes), got "an unclosed quote before the end of file"'
    );
    expect(read('a,b\n"x,1\n')).toThrow(InputError);
  });
  it('readCsvTable reports ragged rows, a repeated column and an empty file with file and row', () => {
    expect(read('a,b\n1\n')).toThrow(
      'f.csv: row 2, column (record): expected 2 fields like the header, got "1 fields"'
    );
    expect(read('a,a\n1,2\n')).toThrow(
      'f.csv: row 1, column a: expected a name not used by an earlier column (it is column 1 and 2), got "a"'
    );
    expect(read('')).toThrow('f.csv: row 1, column (header): expected a header row, got ""');
  });
});
