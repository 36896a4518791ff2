import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { yearOrNaCell } from './csv-cells.ts';
import { parseCsvWith } from './parse-csv-with.ts';

const schema = z.strictObject({ code: z.string().min(1, 'a code'), year: yearOrNaCell });
const parse = (text: string) => () => parseCsvWith({ schema, columns: ['code', 'year'], text, file: 't.csv' });

describe('parseCsvWith', () => {
  it('parseCsvWith returns each row parsed by the schema', () => {
    expect(parse('code,year\nA,2020\nB,NA\n')()).toEqual([
      { code: 'A', year: 2020 },
      { code: 'B', year: null }
    ]);
  });

  it('parseCsvWith names file, line and column of a bad cell', () => {
    expect(parse('code,year\nA,2020\n,2021\n')).toThrow('t.csv:3:code: expected a code, got ""');
    expect(parse('code,year\nA,20x0\n')).toThrow('t.csv:2:year: expected a four-digit year or NA, got "20x0"');
  });

  it('parseCsvWith rejects columns in another order or an extra column', () => {
    expect(parse('year,code\n2020,A\n')).toThrow('t.csv:1: expected the header code,year, got year,code');
    expect(parse('code,year,x\nA,2020,1\n')).toThrow('t.csv:1: expected the header code,year, got code,year,x');
  });
});
