import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';

const fields = (text: string) => parseCsv(text, 'f.csv').map((r) => r.fields);

describe('parseCsv', () => {
  it('parseCsv(text) reads quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(fields('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z']
    ]);
  });

  it('parseCsv(text) records the physical line where each record starts', () => {
    expect(parseCsv('a\n"1\n2"\n\nb\n', 'f.csv').map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('parseCsv(text) strips a UTF-8 BOM and accepts CRLF line endings', () => {
    const text = readFileSync(new URL('../../test/fixtures/bom-crlf.csv', import.meta.url), 'utf8');
    expect(fields(text)).toEqual([
      ['Country Name', 'Country Code', 'Year', 'Value'],
      ['Korea, Rep.', 'KOR', '2020', '1.5'],
      ['China', 'CHN', '2021', '']
    ]);
  });

  it('parseCsv(text) keeps empty trailing fields (the WB files end every line with a comma)', () => {
    expect(fields('a,b,\n1,2,\n')).toEqual([
      ['a', 'b', ''],
      ['1', '2', '']
    ]);
  });

  it('parseCsv(text) throws on an unterminated quote, naming the line where the record starts', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n', 'f.csv')).toThrow(
      'f.csv:2: expected every quoted field closed (an even number of double quotes), got an unclosed quote before the end of file'
    );
  });

  it('parseCsv(text) throws on a lone quote inside an unquoted field', () => {
    expect(() => parseCsv('a,b\n1,2"3\n', 'f.csv')).toThrow('expected every quoted field closed');
  });

  it('parseCsv(text) splits text after a closing quote into an extra field (readTable then rejects the ragged row)', () => {
    expect(fields('a,b\n"1"x,2\n')).toEqual([
      ['a', 'b'],
      ['1', '', '2']
    ]);
  });

  it('parseCsv("") returns no records', () => {
    expect(parseCsv('', 'f.csv')).toEqual([]);
    expect(parseCsv('\ufeff\r\n', 'f.csv')).toEqual([]);
  });
});
