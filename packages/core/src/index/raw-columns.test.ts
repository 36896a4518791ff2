import { describe, expect, it } from 'vitest';
import type { CoinData } from './coin-data.ts';
import { compileFramework } from './compile-framework.ts';
import { rawColumns } from './raw-columns.ts';

const data = (columns: Record<string, Float64Array>): CoinData => ({
  units: ['A', 'B'],
  unitNames: ['A', 'B'],
  groups: {},
  meta: [
    { code: 'y', name: 'y', level: 1, parent: 'I', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'x', name: 'x', level: 1, parent: 'I', direction: 1, weight: 1, type: 'Indicator' },
    { code: 'I', name: 'I', level: 2, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
  ],
  columns
});

describe('rawColumns', () => {
  it('returns the indicator columns in framework row order', () => {
    const d = data({ x: Float64Array.of(1, 2), y: Float64Array.of(3, 4) });
    expect(rawColumns(d, compileFramework(d.meta)).map((c) => Array.from(c))).toEqual([
      [3, 4],
      [1, 2]
    ]);
  });
  it('rejects a missing column or a wrong length', () => {
    const d1 = data({ x: Float64Array.of(1, 2) });
    expect(() => rawColumns(d1, compileFramework(d1.meta))).toThrow(
      'data: no column for indicator y (listed in iMeta)'
    );
    const d2 = data({ x: Float64Array.of(1, 2), y: Float64Array.of(1) });
    expect(() => rawColumns(d2, compileFramework(d2.meta))).toThrow('data: column y has 1 values for 2 units');
  });
});
