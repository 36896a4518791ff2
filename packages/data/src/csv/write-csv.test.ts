import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { writeCsv } from './write-csv.ts';

describe('writeCsv', () => {
  it('writeCsv quotes commas, quotes and line breaks, writes missing values empty and ends lines with LF', () => {
    const csv = writeCsv({
      header: ['name', 'value'],
      rows: [
        ['Korea, Rep.', 1.5],
        ['say "hi"', null],
        ['two\nlines', undefined],
        ['nan', Number.NaN]
      ]
    });
    expect(csv).toBe('name,value\n"Korea, Rep.",1.5\n"say ""hi""",\n"two\nlines",\nnan,\n');
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

  it('writeCsv output reads back through parseCsv field for field', () => {
    const rows = [
      ['a,b', '"q"'],
      ['x\r\ny', '']
    ];
    const back = parseCsv(writeCsv({ header: ['h1', 'h2'], rows }), 'f.csv').map((r) => r.fields);
    expect(back).toEqual([['h1', 'h2'], ...rows]);
  });
});
