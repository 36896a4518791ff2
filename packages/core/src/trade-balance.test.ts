import { describe, expect, it } from 'vitest';
import { tradeBalance } from './trade-balance.ts';

describe('tradeBalance', () => {
  it('tradeBalance(x, m) is x - m: China DDS 2010 deficit, 2022/2023 surplus (exact)', () => {
    const b = tradeBalance(new Float64Array([56020, 207007, 216265]), new Float64Array([66289, 157158, 171318]));
    expect(Array.from(b)).toEqual([-10269, 49849, 44947]);
  });
  it('tradeBalance is NaN where either side is missing', () => {
    const b = tradeBalance(new Float64Array([NaN, 1]), new Float64Array([1, NaN]));
    expect(b[0]).toBeNaN();
    expect(b[1]).toBeNaN();
  });
  it('tradeBalance throws on length mismatch', () => {
    expect(() => tradeBalance(new Float64Array(1), new Float64Array(2))).toThrow(RangeError);
  });
});
