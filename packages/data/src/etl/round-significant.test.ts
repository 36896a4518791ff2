import { describe, expect, it } from 'vitest';
import { roundSignificant } from './round-significant.ts';

describe('roundSignificant', () => {
  it('roundSignificant keeps six significant digits at any magnitude', () => {
    expect([
      roundSignificant(1.51554544469722),
      roundSignificant(57967312345.6),
      roundSignificant(0.000123456789)
    ]).toEqual([1.51555, 57967300000, 0.000123457]);
  });

  it('roundSignificant passes null and zero through', () => {
    expect([roundSignificant(null), roundSignificant(0)]).toEqual([null, 0]);
  });
});
