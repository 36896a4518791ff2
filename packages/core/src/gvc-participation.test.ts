import { describe, expect, it } from 'vitest';
import { gvcParticipation } from './gvc-participation.ts';

describe('gvcParticipation', () => {
  it('IV/E + FV/E: IV 20, FV 30, E 100 gives 0.5', () => {
    const p = gvcParticipation(new Float64Array([20, 0]), new Float64Array([30, 10]), new Float64Array([100, 40]));
    expect(p[0]).toBeCloseTo(0.5, 14);
    expect(p[1]).toBeCloseTo(0.25, 14);
  });
  it('is NaN when E = 0 or an input is missing', () => {
    const p = gvcParticipation(new Float64Array([1, NaN]), new Float64Array([1, 1]), new Float64Array([0, 1]));
    expect(p[0]).toBeNaN();
    expect(p[1]).toBeNaN();
  });
});
