import { describe, expect, it } from 'vitest';
import { normaliseColumn } from './normalise-column.ts';

const x = Float64Array.from([1, 2, NaN, 5]);

describe('normaliseColumn', () => {
  it('minmax maps min → lo and max → hi, ignoring NaN', () => {
    expect(Array.from(normaliseColumn(x, 1, { method: 'minmax', range: [0, 100] }))).toEqual([0, 25, NaN, 100]);
    expect(Array.from(normaliseColumn(x, 1, { method: 'minmax', range: [1, 100] }))).toEqual([1, 25.75, NaN, 100]);
  });
  it('direction −1 is applied first: the smallest raw value scores highest', () => {
    expect(Array.from(normaliseColumn(x, -1, { method: 'minmax', range: [0, 100] }))).toEqual([100, 75, NaN, 0]);
  });
  it('zscore uses the n − 1 standard deviation (1, 2, 5: mean 8/3, sd √(13/3))', () => {
    const z = normaliseColumn(x, 1, { method: 'zscore', mean: 10, sd: 2 });
    const sd = Math.sqrt(13 / 3);
    expect(z[0]).toBeCloseTo(10 + (2 * (1 - 8 / 3)) / sd, 14);
    expect(z[3]).toBeCloseTo(10 + (2 * (5 - 8 / 3)) / sd, 14);
    expect(z[2]).toBeNaN();
  });
  it('goalposts scale (x − lower)/(upper − lower), clipped to [0, 1], and flip for direction −1', () => {
    expect(Array.from(normaliseColumn(x, 1, { method: 'goalposts', scale: 100 }, [2, 4]))).toEqual([0, 0, NaN, 100]);
    expect(Array.from(normaliseColumn(Float64Array.from([3]), -1, { method: 'goalposts' }, [2, 4]))).toEqual([50]);
    expect(() => normaliseColumn(x, 1, { method: 'goalposts' })).toThrow(/goalpost_lower/);
  });
  it('rank gives ascending ranks with ties averaged', () => {
    expect(Array.from(normaliseColumn(Float64Array.from([3, 1, 3, NaN, 7]), 1, { method: 'rank' }))).toEqual([
      2.5,
      1,
      2.5,
      NaN,
      4
    ]);
  });
  it('minmax ranks are invariant to an affine rescaling a·x + b (a > 0)', () => {
    const y = Float64Array.from(x, (v) => 3.7 * v - 12);
    const a = normaliseColumn(x, 1, { method: 'minmax', range: [0, 100] });
    const b = normaliseColumn(y, 1, { method: 'minmax', range: [0, 100] });
    for (let i = 0; i < 4; i++) if (i !== 2) expect(b[i]).toBeCloseTo(a[i], 12);
  });
});
