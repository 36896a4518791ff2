import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCoinCsv } from './read-coin-csv.ts';
import { readYearsCsv } from './read-years-csv.ts';

const data = readCoinCsv({
  metaText:
    'iCode,Level,Parent,Direction,Weight,Type\nX,1,I,1,1,Indicator\nY,1,I,1,1,Indicator\nI,2,NA,1,1,Aggregate\n',
  dataText: 'uCode,X,Y\nA,1,NA\nB,2,5\nC,3,6\n',
  dataFile: 'd.csv'
});
const read = (text: string) => readYearsCsv({ text, file: 'y.csv', data, dataFile: 'd.csv' });

describe('readYearsCsv', () => {
  it('readYearsCsv returns the years by indicator in iData unit order, whatever the row and column order', () => {
    const y = read('uCode,Y,X\nC,2020,2019\nA,NA,2018\nB,2021,2017\n');
    expect(Array.from(y.X)).toEqual([2018, 2017, 2019]);
    expect(Array.from(y.Y)).toEqual([NaN, 2021, 2020]);
  });
  it('readYearsCsv names file, row, column, expected and got for every mismatch with iData', () => {
    const cases: [string, string][] = [
      [
        'uCode,X\nA,1\n',
        'y.csv: row 1, column Y: expected a column for every indicator of d.csv (missing: Y), got "uCode,X"'
      ],
      ['uCode,X,Y,Z\nA,1,NA,1\n', 'y.csv: row 1, column Z: expected an indicator column of d.csv (X, Y), got "Z"'],
      ['Code,X,Y\n', 'y.csv: row 1, column uCode: expected uCode as the first column, got "Code"'],
      ['uCode,X,Y\nA,2018,NA\nD,2018,2018\n', 'y.csv: row 3, column uCode: expected a uCode of d.csv, got "D"'],
      [
        'uCode,X,Y\nA,2018,NA\nA,2018,NA\n',
        'y.csv: row 3, column uCode: expected a uCode not used on an earlier row, got "A"'
      ],
      [
        'uCode,X,Y\nA,2018,NA\nB,2018,2018\n',
        'y.csv: row 4, column uCode: expected a row for every unit of d.csv (missing: C), got "end of file"'
      ],
      [
        'uCode,X,Y\nA,2018,2018\nB,2018,2018\nC,2018,2018\n',
        'y.csv: row 2, column Y: expected NA, as d.csv has no value for A, got "2018"'
      ],
      [
        'uCode,X,Y\nA,2018,NA\nB,NA,2018\nC,2018,2018\n',
        'y.csv: row 3, column X: expected a year, as d.csv has a value for B, got "NA"'
      ],
      [
        'uCode,X,Y\nA,2018.5,NA\nB,2018,2018\nC,2018,2018\n',
        'y.csv: row 2, column X: expected a year (a whole number) or NA, got "2018.5"'
      ]
    ];
    for (const [text, message] of cases) expect(() => read(text), message).toThrow(message);
  });
});

describe('readYearsCsv on the 2026 edition', () => {
  it('readYearsCsv reads packages/data/editions/2026/index/iYears.csv against its iData (ICT goods ≤ 2018, India’s internet use 2020)', () => {
    const dir = new URL('../../../data/editions/2026/index/', import.meta.url);
    const edition = readCoinCsv({
      dataText: readFileSync(new URL('iData.csv', dir), 'utf8'),
      metaText: readFileSync(new URL('iMeta.csv', dir), 'utf8')
    });
    const years = readYearsCsv({ text: readFileSync(new URL('iYears.csv', dir), 'utf8'), data: edition });
    expect(Object.keys(years)).toHaveLength(9);
    // Issue 16's fact-check: ICT goods frozen at 2018 (a 2014–2018 window); India's internet use from 2020.
    expect(Math.max(...years.ICTGoodsExp.filter((y) => y === y))).toBe(2018);
    expect(years.InternetUse[edition.units.indexOf('IND')]).toBe(2020);
  });
});
