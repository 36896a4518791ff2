import { describe, expect, it } from 'vitest';
import { tradeCompetitiveness } from './trade-competitiveness.ts';

describe('tradeCompetitiveness', () => {
  it('(X − M)/(X + M) for China DDS 2010 and 2023 (hand: −0.08396, 0.11597)', () => {
    const c = tradeCompetitiveness(new Float64Array([56020, 216265]), new Float64Array([66289, 171318]));
    expect(c[0]).toBeCloseTo(-10269 / 122309, 14);
    expect(c[0]).toBeCloseTo(-0.08396, 5);
    expect(c[1]).toBeCloseTo(44947 / 387583, 14);
    expect(c[1]).toBeCloseTo(0.11597, 5);
  });
  it('is NaN when X + M = 0 or an input is missing', () => {
    const c = tradeCompetitiveness(new Float64Array([0, NaN]), new Float64Array([0, 1]));
    expect(c[0]).toBeNaN();
    expect(c[1]).toBeNaN();
  });
});
