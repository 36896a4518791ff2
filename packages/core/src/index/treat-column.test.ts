import { describe, expect, it } from 'vitest';
import { defaultTreat } from './index-spec.ts';
import { treatColumn } from './treat-column.ts';

const f64 = (xs: number[]) => Float64Array.from(xs);

describe('treatColumn (COINr winsorise + log_CT)', () => {
  it('leaves a column alone when |skew| < 2 or kurtosis < 3.5', () => {
    const t = treatColumn(f64([1, 2, 3, 4, 5, 6, 7, 8, 100, 100]), defaultTreat); // skew 1.766, kurt 1.381
    expect(t.method).toBe('none');
    expect(t.skewBefore).toBeCloseTo(1.766031, 6);
    expect(Array.from(t.values)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 100, 100]);
  });
  it('clips a high outlier to the next value in one step (skew 3.119, kurt 9.799 → −0.151, −1.357)', () => {
    const t = treatColumn(f64([1, 2, 3, 4, 5, 6, 7, 8, 9, 100, NaN]), defaultTreat);
    expect(t.method).toBe('winsorise');
    expect(t.steps).toBe(1);
    expect(t.skewBefore).toBeCloseTo(3.118896, 6);
    expect(t.kurtosisBefore).toBeCloseTo(9.799245, 6);
    expect(t.skewAfter).toBeCloseTo(-0.151463, 6);
    expect(t.values[9]).toBe(9);
    expect(t.values[10]).toBeNaN();
    expect(t.points).toEqual([{ unit: 9, flag: 'winhi', raw: 100, treated: 9 }]);
  });
  it('clips tied extremes together in one step', () => {
    const x = f64([...Array.from({ length: 18 }, (_, i) => i + 1), 100, 100]); // skew 2.717, kurt 6.404
    const t = treatColumn(x, defaultTreat);
    expect(t.steps).toBe(1);
    expect(t.points.map((p) => [p.unit, p.treated])).toEqual([
      [18, 18],
      [19, 18]
    ]);
  });
  it('clips the minimum when skew is negative (winlo)', () => {
    const t = treatColumn(f64([-100, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), defaultTreat); // skew −3.268
    expect(t.points).toEqual([{ unit: 0, flag: 'winlo', raw: -100, treated: 1 }]);
  });
  it('falls back to log(x − min + 0.01(max − min)) of the original values when winmax steps do not suffice', () => {
    const x = f64([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 50, 60, 70, 1000]); // passes only after 1 step
    const t = treatColumn(x, { ...defaultTreat, winmax: 0 });
    expect(t.method).toBe('log');
    expect(t.points).toEqual([]);
    expect(t.values[0]).toBeCloseTo(Math.log(9.99), 14);
    expect(t.values[13]).toBeCloseTo(Math.log(999 + 9.99), 14);
    expect(treatColumn(x, { ...defaultTreat, winmax: 1 }).method).toBe('winsorise');
  });
  it('does not modify its input', () => {
    const x = f64([1, 2, 3, 4, 5, 6, 7, 8, 9, 100]);
    treatColumn(x, defaultTreat);
    expect(x[9]).toBe(100);
  });
});
