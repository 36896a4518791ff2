import { describe, expect, it } from 'vitest';
import { parseCsv } from '../index/parse-csv.ts';
import { csvRow } from './csv-row.ts';

describe('csvRow', () => {
  it('leaves plain fields alone', () => {
    expect(csvRow(['A', '1.5', 'NA'])).toBe('A,1.5,NA');
  });
  it('quotes fields with a comma, quote or line break and doubles the quotes (RFC 4180)', () => {
    expect(csvRow(['U,2', 'say "hi"', 'a\nb', 'c\rd'])).toBe('"U,2","say ""hi""","a\nb","c\rd"');
  });
  it('round-trips through parseCsv', () => {
    const fields = ['U,2', '"', ',', 'x'];
    const text = `${csvRow(['a', 'b', 'c', 'd'])}\n${csvRow(fields)}\n`;
    expect(parseCsv(text, 't.csv').rows[0]).toEqual(fields);
  });
});
