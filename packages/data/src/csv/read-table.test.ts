import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from './read-table.ts';

const read = (text: string, required = ['a', 'b']) => readTable({ text, file: 't.csv', required });

describe('readTable', () => {
  it('readTable maps cells by header name and keeps line numbers', () => {
    expect(read('a,b\n1,2\n3,4\n').rows).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 3, cells: { a: '3', b: '4' } }
    ]);
  });

  it('readTable reads a file with a UTF-8 BOM and CRLF line ends (test/fixtures/bom-crlf.csv)', () => {
    const text = readFileSync(new URL('../../test/fixtures/bom-crlf.csv', import.meta.url), 'utf8');
    const table = readTable({ text, file: 'b.csv', required: ['Country Code', 'Value'] });
    expect(table.header).toEqual(['Country Name', 'Country Code', 'Year', 'Value']);
    expect(table.rows).toEqual([
      { line: 2, cells: { 'Country Name': 'Korea, Rep.', 'Country Code': 'KOR', Year: '2020', Value: '1.5' } },
      { line: 3, cells: { 'Country Name': 'China', 'Country Code': 'CHN', Year: '2021', Value: '' } }
    ]);
  });

  it("readTable passes on the reader's error for an unclosed quote, with file and line", () => {
    expect(() => read('a,b\n1,"open\n')).toThrow('t.csv:2: expected every quoted field closed');
  });

  it('readTable rejects an empty file', () => {
    expect(() => read('')).toThrow('t.csv:1: expected a header row, got an empty file');
  });

  it('readTable rejects a file with only a header', () => {
    expect(() => read('a,b\n')).toThrow('t.csv:2: expected at least one data row, got only a header');
  });

  it('readTable names a missing column and lists the columns it found', () => {
    expect(() => read('a,c\n1,2\n')).toThrow('t.csv:1:b: expected a column "b", got columns a, c');
  });

  it('readTable rejects a duplicated column name', () => {
    expect(() => read('a,b,a\n1,2,3\n')).toThrow('t.csv:1:a: expected unique column names, got "a" twice');
  });

  it('readTable rejects a row with the wrong number of fields', () => {
    expect(() => read('a,b\n1,2\n1,2,3\n')).toThrow('t.csv:3: expected 2 fields, got 3 fields');
  });

  it('readTable skips preamble records before the header', () => {
    expect(
      readTable({ text: '"Data Source","WDI",\n\n"a","b"\n1,2\n', file: 't.csv', required: ['a'], skipRecords: 1 })
        .rows[0].cells.a
    ).toBe('1');
  });

  it('readTable rejects a mis-encoded (U+FFFD) cell with its row and column', () => {
    const text = readFileSync(new URL('../../test/fixtures/misencoded.csv', import.meta.url), 'utf8');
    expect(() => readTable({ text, file: 'm.csv', required: ['iso3'] })).toThrow(
      'm.csv:2:economy_name: expected valid UTF-8 text, got mis-encoded "C\ufffdte d\'Ivoire"'
    );
  });

  it('readTable accepts U+FFFD in a column the caller repairs', () => {
    const text = readFileSync(new URL('../../test/fixtures/misencoded.csv', import.meta.url), 'utf8');
    expect(
      readTable({ text, file: 'm.csv', required: ['iso3'], repairedColumns: ['economy_name'] }).rows[0].cells.iso3
    ).toBe('CIV');
  });
});
