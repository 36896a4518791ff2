import { describe, expect, it } from 'vitest';
import { gvcPosition } from './gvc-position.ts';

describe('gvcPosition', () => {
  it('ln(1 + IV/E) − ln(1 + FV/E): IV 20, FV 30, E 100 gives ln(1.2/1.3) = −0.080043 (tolerance 1e-6)', () => {
    const p = gvcPosition(new Float64Array([20, 10]), new Float64Array([30, 10]), new Float64Array([100, 50]));
    expect(p[0]).toBeCloseTo(Math.log(1.2 / 1.3), 14);
    expect(p[0]).toBeCloseTo(-0.080043, 6);
    expect(p[1]).toBe(0);
  });
  it('is NaN when E = 0 or an input is missing', () => {
    const p = gvcPosition(new Float64Array([1, 1]), new Float64Array([1, NaN]), new Float64Array([0, 1]));
    expect(p[0]).toBeNaN();
    expect(p[1]).toBeNaN();
  });
});
