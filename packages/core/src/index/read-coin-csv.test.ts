import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.ts';
import { readCoinCsv } from './read-coin-csv.ts';

const meta = `iCode,iName,Level,Parent,Direction,Weight,Type,goalpost_lower,goalpost_upper
X1,First,1,P1,1,1,Indicator,0,10
X2,Second,1,P1,-1,2,Indicator,NA,NA
P1,Pillar,2,NA,1,1,Aggregate,,
size_group,Size,NA,NA,NA,NA,Group,,
`;
const data = `uCode,uName,size_group,X1,X2,Extra
A,"Alpha, Inc",S,1,NA,z
B,Beta,L,2.5,,z
`;

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('readCoinCsv', () => {
  it('reads units, groups, metadata and Float64Array columns (NA or empty = NaN)', () => {
    const d = readCoinCsv({ dataText: data, metaText: meta });
    expect(d.units).toEqual(['A', 'B']);
    expect(d.unitNames).toEqual(['Alpha, Inc', 'Beta']);
    expect(d.groups).toEqual({ size_group: ['S', 'L'] });
    expect(d.meta.map((m) => [m.code, m.level, m.parent, m.direction, m.weight, m.type])).toEqual([
      ['X1', 1, 'P1', 1, 1, 'Indicator'],
      ['X2', 1, 'P1', -1, 2, 'Indicator'],
      ['P1', 2, null, 1, 1, 'Aggregate']
    ]);
    expect(d.meta[0].goalposts).toEqual([0, 10]);
    expect(d.meta[1].goalposts).toBeUndefined();
    expect(Array.from(d.columns.X1)).toEqual([1, 2.5]);
    expect(Array.from(d.columns.X2)).toEqual([NaN, NaN]);
  });
  it('keeps the latest Time as data and earlier years as history', () => {
    const d = readCoinCsv({ dataText: 'uCode,Time,X1,X2\nA,2019,1,5\nA,2020,2,NA\nB,2020,3,4\n', metaText: meta });
    expect(d.units).toEqual(['A', 'B']);
    expect(Array.from(d.columns.X1)).toEqual([2, 3]);
    expect(d.history?.map((h) => [h.time, Array.from(h.columns.X2)])).toEqual([[2019, [5, NaN]]]);
  });
  it('a ragged row and a non-numeric cell are reported with file, row, column, expected and got', () => {
    const e = errorOf(() => readCoinCsv({ dataText: data.replace('2.5', '2,5x'), metaText: meta, dataFile: 'd.csv' }));
    // "2,5x" splits into two fields, so the record is one field too long
    expect(e.message).toBe('d.csv: row 3, column (record): expected 6 fields like the header, got "7 fields"');
    const e2 = errorOf(() => readCoinCsv({ dataText: data.replace('2.5', 'abc'), metaText: meta, dataFile: 'd.csv' }));
    expect([e2.file, e2.row, e2.column, e2.expected, e2.got]).toEqual([
      'd.csv',
      3,
      'X1',
      'a decimal number or NA',
      'abc'
    ]);
  });
  it('a missing indicator column names the indicator', () => {
    const e = errorOf(() =>
      readCoinCsv({ dataText: 'uCode,X1\nA,1\n', metaText: meta, dataFile: 'd.csv', metaFile: 'm.csv' })
    );
    expect(e.column).toBe('X2');
    expect(e.message).toMatch(/^d\.csv: row 1, column X2: expected a column for indicator X2 \(listed in m\.csv\)/);
  });
  it('bad metadata: direction, level, unknown parent, duplicate code', () => {
    const bad = (from: string, to: string) =>
      errorOf(() => readCoinCsv({ dataText: data, metaText: meta.replace(from, to), metaFile: 'm.csv' }));
    expect(bad('X2,Second,1,P1,-1', 'X2,Second,1,P1,2').message).toBe(
      'm.csv: row 3, column Direction: expected 1 or -1, got "2"'
    );
    expect(bad('P1,Pillar,2', 'P1,Pillar,1').column).toBe('Level');
    expect(bad('X2,Second,1,P1', 'X2,Second,1,P9').message).toBe(
      'm.csv: row 3, column Parent: expected the iCode of an Aggregate row, or NA for the index, got "P9"'
    );
    expect(bad('X2,Second', 'X1,Second').message).toBe(
      'm.csv: row 3, column iCode: expected a code not used on an earlier row, got "X1"'
    );
  });
  it('duplicate unit codes and a missing uCode column are reported', () => {
    expect(errorOf(() => readCoinCsv({ dataText: 'uCode,X1,X2\nA,1,1\nA,2,2\n', metaText: meta })).row).toBe(3);
    expect(errorOf(() => readCoinCsv({ dataText: 'code,X1,X2\nA,1,1\n', metaText: meta })).column).toBe('uCode');
  });
});
