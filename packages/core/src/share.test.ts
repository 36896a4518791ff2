import { describe, expect, it } from 'vitest';
import { share } from './share.ts';

describe('share', () => {
  it('share(part, whole) is part/whole: China in world DDS exports 2010, 2022, 2023', () => {
    const s = share(new Float64Array([56020, 207007, 216265]), new Float64Array([1835732, 4083964, 4462457]));
    // hand: 3.0517 %, 5.0688 %, 4.8463 % (tolerance 1e-6)
    expect(s[0]).toBeCloseTo(0.0305165, 6);
    expect(s[1]).toBeCloseTo(0.0506877, 6);
    expect(s[2]).toBeCloseTo(0.0484631, 6);
  });
  it('share gives NaN for missing parts or a zero/missing whole', () => {
    const s = share(new Float64Array([NaN, 1, 1]), new Float64Array([1, 0, NaN]));
    expect(Array.from(s).every(Number.isNaN)).toBe(true);
  });
  it('share throws on length mismatch', () => {
    expect(() => share(new Float64Array(2), new Float64Array(3))).toThrow(RangeError);
  });
});
