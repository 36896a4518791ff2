import { describe, expect, it } from 'vitest';
import { rca } from './rca.ts';

describe('rca', () => {
  it('rca = (Xcp/Xc)/(Xwp/Xw): 20 % of exports vs 10 % of world exports gives 2', () => {
    const r = rca(
      new Float64Array([20, 5]),
      new Float64Array([100, 100]),
      new Float64Array([10, 10]),
      new Float64Array([100, 100])
    );
    expect(r[0]).toBeCloseTo(2, 14);
    expect(r[1]).toBeCloseTo(0.5, 14);
  });
  it('rca of China DDS in 2023 against world DDS, with hypothetical totals 3,380,000 and 31,000,000 (hand: 0.44449)', () => {
    // (216265 / 3380000) / (4462457 / 31000000) = 0.0639837 / 0.1439502 = 0.44449 (tolerance 5e-5)
    const r = rca(
      new Float64Array([216265]),
      new Float64Array([3380000]),
      new Float64Array([4462457]),
      new Float64Array([31000000])
    );
    expect(r[0]).toBeCloseTo(0.44449, 4);
  });
  it('rca is NaN on a zero denominator or missing input', () => {
    const r = rca(
      new Float64Array([1, NaN]),
      new Float64Array([0, 1]),
      new Float64Array([1, 1]),
      new Float64Array([1, 1])
    );
    expect(r[0]).toBeNaN();
    expect(r[1]).toBeNaN();
  });
});
