import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { writeCsv } from './write-csv.ts';

describe('writeCsv', () => {
  it('writeCsv quotes a field with a comma, quote, LF or CR, writes missing values empty and ends lines with LF', () => {
    const csv = writeCsv({
      header: ['name', 'value'],
      rows: [
        ['U,2', 1.5],
        ['say "hi"', null],
        ['two\nlines', undefined],
        ['c\rd', Number.NaN],
        ['plain', Number.POSITIVE_INFINITY]
      ]
    });
    expect(csv).toBe('name,value\n"U,2",1.5\n"say ""hi""",\n"two\nlines",\n"c\rd",\nplain,\n');
  });

  it('writeCsv passes a named missing marker (COINr NA) through as text and writes numbers with String(n)', () => {
    expect(
      writeCsv({
        header: ['uCode', 'X'],
        rows: [
          ['A', 'NA'],
          ['B', 1e-7],
          ['C', -0]
        ]
      })
    ).toBe('uCode,X\nA,NA\nB,1e-7\nC,0\n');
  });

  it('writeCsv neutralises formula-like text and keeps negative numbers, as numbers or as text', () => {
    expect(
      writeCsv({
        header: ['a', 'b'],
        rows: [
          ['=SUM(A1)', -3.2],
          ['-3.2', '@x']
        ]
      })
    ).toBe("a,b\n'=SUM(A1),-3.2\n-3.2,'@x\n");
  });

  it('writeCsv writes an empty row as an empty line (a footer or a second table)', () => {
    expect(writeCsv({ header: ['a'], rows: [['1'], [], ['b'], ['2']] })).toBe('a\n1\n\nb\n2\n');
  });

  it('writeCsv output reads back through parseCsv field for field', () => {
    const rows = [
      ['a,b', '"q"'],
      ['x\r\ny', '']
    ];
    const back = parseCsv({ text: writeCsv({ header: ['h1', 'h2'], rows }), file: 'f.csv' }).map((r) => r.fields);
    expect(back).toEqual([['h1', 'h2'], ...rows]);
  });
});
