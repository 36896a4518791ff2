import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.ts';

describe('InputError', () => {
  it('names file, row, column, expected and got in its message and fields', () => {
    const e = new InputError('iData.csv', 7, 'LPI', 'a number or NA', 'n/a');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('InputError');
    expect(e.message).toBe('iData.csv: row 7, column LPI: expected a number or NA, got "n/a"');
    expect([e.file, e.row, e.column, e.expected, e.got]).toEqual(['iData.csv', 7, 'LPI', 'a number or NA', 'n/a']);
  });
});
