import { describe, expect, it } from 'vitest';
import { checkIndicatorColumn } from './check-indicator-column.ts';
import type { NormaliseSpec } from './index-spec.ts';

const minmax: NormaliseSpec = { method: 'minmax', range: [0, 100] };
const col = (...xs: number[]) => Float64Array.from(xs);

describe('checkIndicatorColumn', () => {
  it('passes a column with two distinct values (missing values ignored)', () => {
    expect(() =>
      checkIndicatorColumn({ code: 'X', values: col(1, NaN, 2), normalise: minmax, treated: false })
    ).not.toThrow();
  });
  it('an all-missing column is an error naming the indicator, whatever the method', () => {
    expect(() =>
      checkIndicatorColumn({ code: 'X', values: col(NaN, NaN), normalise: { method: 'rank' }, treated: false })
    ).toThrow('indicator X: expected a value for at least one unit, got NA for all 2');
  });
  it('a constant column cannot be min-max or z-score normalised; ranks and goalposts take it', () => {
    expect(() =>
      checkIndicatorColumn({ code: 'X', values: col(5, 5, NaN), normalise: minmax, treated: false })
    ).toThrow(
      'indicator X: min-max normalisation expected at least two distinct values, got the same value 5 for all 2 units with data'
    );
    expect(() =>
      checkIndicatorColumn({
        code: 'Y',
        values: col(3),
        normalise: { method: 'zscore', mean: 0, sd: 1 },
        treated: true
      })
    ).toThrow(
      'indicator Y: z-score normalisation expected at least two distinct values, got a value for one unit only (3) after outlier treatment'
    );
    expect(() =>
      checkIndicatorColumn({ code: 'X', values: col(5, 5), normalise: { method: 'rank' }, treated: false })
    ).not.toThrow();
    expect(() =>
      checkIndicatorColumn({ code: 'X', values: col(5, 5), normalise: { method: 'goalposts' }, treated: false })
    ).not.toThrow();
  });
});
