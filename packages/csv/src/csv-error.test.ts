import { expect, it } from 'vitest';
import { CsvError } from './csv-error.ts';

it('CsvError says file:line, expected and got, and keeps each part', () => {
  const e = new CsvError({ file: 'raw/x.csv', row: 7, expected: 'a closed quote', got: 'the end of file' });
  expect(e.message).toBe('raw/x.csv:7: expected a closed quote, got the end of file');
  expect([e.name, e.file, e.row, e.expected, e.got]).toEqual([
    'CsvError',
    'raw/x.csv',
    7,
    'a closed quote',
    'the end of file'
  ]);
});
