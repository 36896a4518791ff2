import { describe, expect, it } from 'vitest';
import { numberCell } from './number-cell.ts';

const row = (v: string) => ({ line: 7, cells: { Value: v } });

describe('numberCell', () => {
  it('numberCell reads plain, signed and exponent numbers', () => {
    expect([
      numberCell('f', row('1.5'), 'Value'),
      numberCell('f', row('-2'), 'Value'),
      numberCell('f', row('8.57e11'), 'Value'),
      numberCell('f', row(' 3 '), 'Value')
    ]).toEqual([1.5, -2, 8.57e11, 3]);
  });

  it('numberCell turns the missing markers "", NA and .. into null', () => {
    expect(['', 'NA', '..'].map((v) => numberCell('f', row(v), 'Value'))).toEqual([null, null, null]);
  });

  it('numberCell rejects text in a numeric cell with file, row, column, expected and got', () => {
    expect(() => numberCell('wdi.csv', row('12,5'), 'Value')).toThrow(
      'wdi.csv:7:Value: expected a number or an empty cell, got "12,5"'
    );
    expect(() => numberCell('wdi.csv', row('n/a'), 'Value')).toThrow('got "n/a"');
    expect(() => numberCell('wdi.csv', row('Infinity'), 'Value')).toThrow('expected a number');
  });
});
