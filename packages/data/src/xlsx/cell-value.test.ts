import { describe, expect, it } from 'vitest';
import { cellValue } from './cell-value.ts';

describe('cellValue', () => {
  it('cellValue flattens numbers, text, rich text, formulas and dates', () => {
    expect(cellValue(12.5)).toBe(12.5);
    expect(cellValue('  China ')).toBe('China');
    expect(cellValue('   ')).toBe(null);
    expect(cellValue(null)).toBe(null);
    expect(cellValue({ richText: [{ text: 'Inter' }, { text: 'national' }] })).toBe('International');
    expect(cellValue({ formula: 'A1*2', result: 4 })).toBe(4);
    expect(cellValue(new Date('2005-01-01T00:00:00.000Z'))).toBe('2005-01-01');
  });
});
