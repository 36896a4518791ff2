import { describe, expect, it } from 'vitest';
import { imputeByGroup } from './impute-by-group.ts';

describe('imputeByGroup', () => {
  const x = Float64Array.from([1, 2, 9, NaN, 4, NaN, NaN]);
  const groups = ['a', 'a', 'a', 'a', 'b', 'c', ''];
  it('imputeByGroup (mean) fills with the group mean: group a (1, 2, 9) gives 4', () => {
    const r = imputeByGroup({ x, groups, stat: 'mean' });
    expect(Array.from(r.values)).toEqual([1, 2, 9, 4, 4, NaN, NaN]);
    expect(r.filled).toEqual([3]);
  });
  it('imputeByGroup (median) fills with the group median: group a (1, 2, 9) gives 2', () => {
    expect(imputeByGroup({ x, groups, stat: 'median' }).values[3]).toBe(2);
  });
  it('imputeByGroup median of an even count is the mean of the two middle values (1, 2, 9, 10 → 5.5)', () => {
    const r = imputeByGroup({
      x: Float64Array.from([10, 1, 9, 2, NaN]),
      groups: ['a', 'a', 'a', 'a', 'a'],
      stat: 'median'
    });
    expect(r.values[4]).toBe(5.5);
  });
  it('imputeByGroup leaves the input untouched, and a group without values or a unit without group missing', () => {
    imputeByGroup({ x, groups, stat: 'mean' });
    expect(x[3]).toBeNaN();
  });
});
