import { describe, expect, it } from 'vitest';
import { ishigami } from './ishigami.ts';

describe('ishigami', () => {
  it('ishigami at u = 0.75 (x = π/2 each) is 1 + 7 + 0.1·(π/2)⁴ = 8.608807 (±1e-6)', () => {
    expect(ishigami()(Float64Array.of(0.75, 0.75, 0.75))).toBeCloseTo(8 + 0.1 * (Math.PI / 2) ** 4, 12);
    expect(ishigami()(Float64Array.of(0.75, 0.75, 0.75))).toBeCloseTo(8.608807, 6);
  });
  it('ishigami at u = 0.5 (x = 0) is 0', () => {
    expect(ishigami()(Float64Array.of(0.5, 0.5, 0.5))).toBe(0);
  });
});
