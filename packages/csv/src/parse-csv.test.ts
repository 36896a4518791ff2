import { describe, expect, it } from 'vitest';
import { CsvError } from './csv-error.ts';
import { parseCsv } from './parse-csv.ts';

const fields = (text: string) => parseCsv({ text, file: 'f.csv' }).map((r) => r.fields);

describe('parseCsv', () => {
  it('parseCsv reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(fields('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n"U,2",1\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
      ['U,2', '1']
    ]);
  });

  it('parseCsv records the physical line where each record starts, past quoted line breaks and blank lines', () => {
    expect(parseCsv({ text: 'a\n"1\n2"\n\nb\n"c\r\nd"\ne\n', file: 'f.csv' }).map((r) => r.line)).toEqual([
      1, 2, 5, 6, 8
    ]);
  });

  it('parseCsv strips a UTF-8 BOM and accepts CRLF line endings', () => {
    expect(
      fields('\ufeffCountry Name,Country Code,Year,Value\r\n"Korea, Rep.",KOR,2020,1.5\r\nChina,CHN,2021,\r\n')
    ).toEqual([
      ['Country Name', 'Country Code', 'Year', 'Value'],
      ['Korea, Rep.', 'KOR', '2020', '1.5'],
      ['China', 'CHN', '2021', '']
    ]);
  });

  it('parseCsv accepts old Mac CR line ends, counting lines the same', () => {
    expect(parseCsv({ text: 'a,b\r1,2\r\r3,4\r', file: 'f.csv' })).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] }
    ]);
  });

  it('parseCsv returns missing-value spellings as the text they are (empty, NA, ..)', () => {
    expect(fields('a,b,c\n,NA,..\n')).toEqual([
      ['a', 'b', 'c'],
      ['', 'NA', '..']
    ]);
  });

  it('parseCsv keeps empty trailing fields (the WB files end every line with a comma)', () => {
    expect(fields('a,b,\n1,2,\n')).toEqual([
      ['a', 'b', ''],
      ['1', '2', '']
    ]);
  });

  it('parseCsv throws a CsvError on an unterminated quote, naming the file and the line where the record starts', () => {
    const parse = () => parseCsv({ text: 'a,b\n1,"open\n2,3\n', file: 'f.csv' });
    expect(parse).toThrow(
      'f.csv:2: expected every quoted field closed (an even number of double quotes), got an unclosed quote before the end of file'
    );
    expect(parse).toThrow(CsvError);
  });

  it('parseCsv throws on a lone quote inside an unquoted field', () => {
    expect(() => parseCsv({ text: 'a,b\n1,2"3\n', file: 'f.csv' })).toThrow(
      'f.csv:2: expected every quoted field closed'
    );
  });

  it('parseCsv splits text after a closing quote into an extra field (a table reader then rejects the ragged row)', () => {
    expect(fields('a,b\n"1"x,2\n')).toEqual([
      ['a', 'b'],
      ['1', '', '2']
    ]);
  });

  it('parseCsv of an empty file or a BOM and a line end returns no records', () => {
    expect(parseCsv({ text: '', file: 'f.csv' })).toEqual([]);
    expect(parseCsv({ text: '\ufeff\r\n', file: 'f.csv' })).toEqual([]);
  });
});
