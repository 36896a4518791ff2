import { describe, expect, it } from 'vitest';
import type { IndicatorMeta } from './coin-data.ts';
import { compileFramework } from './compile-framework.ts';
import { markMissingRows } from './mark-missing-rows.ts';

describe('markMissingRows', () => {
  it('marks indicator rows holding a NaN and leaves aggregate rows alone', () => {
    const meta: IndicatorMeta[] = [
      { code: 'a', name: 'a', level: 1, parent: 'I', direction: 1, weight: 1, type: 'Indicator' },
      { code: 'b', name: 'b', level: 1, parent: 'I', direction: 1, weight: 1, type: 'Indicator' },
      { code: 'I', name: 'I', level: 2, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
    ];
    const marks = Uint8Array.of(9, 9, 9);
    markMissingRows(Float64Array.from([1, 2, 3, NaN, NaN, NaN]), 2, compileFramework(meta), marks);
    expect(Array.from(marks)).toEqual([0, 1, 9]);
  });
});
