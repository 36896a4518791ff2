import { describe, expect, it } from 'vitest';
import { checkAggregateRows } from './check-aggregate-rows.ts';
import { compileFramework } from './compile-framework.ts';
import type { IndicatorMeta } from './coin-data.ts';

const meta: IndicatorMeta[] = [
  { code: 'X', name: 'X', level: 1, parent: 'P', direction: 1, weight: 1, type: 'Indicator' },
  { code: 'P', name: 'P', level: 2, parent: 'I', direction: 1, weight: 1, type: 'Aggregate' },
  { code: 'I', name: 'I', level: 3, parent: null, direction: 1, weight: 1, type: 'Aggregate' }
];
const fw = compileFramework(meta);

describe('checkAggregateRows', () => {
  it('passes when every aggregate has a score for some unit', () => {
    const scores = Float64Array.from([1, NaN, 1, NaN, 1, NaN]);
    expect(() => checkAggregateRows({ scores, nUnits: 2, fw, threshold: 0 })).not.toThrow();
  });
  it('names the lowest aggregate that is NA for every unit, and the threshold when one is set', () => {
    const scores = Float64Array.from([1, 2, NaN, NaN, NaN, NaN]);
    expect(() => checkAggregateRows({ scores, nUnits: 2, fw, threshold: 0 })).toThrow(
      'aggregate P: expected a score for at least one unit, got NA for all 2: no unit has a value for any of its children'
    );
    expect(() => checkAggregateRows({ scores, nUnits: 2, fw, threshold: 0.8 })).toThrow(
      /aggregate P: .*at least 0.8 of its children present \(aggregate.availabilityThreshold\)/
    );
  });
});
