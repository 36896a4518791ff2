import { describe, expect, it } from 'vitest';
import { rankShift } from './rank-shift.ts';

describe('rankShift', () => {
  it('rankShift averages the absolute shifts over the units both rankings hold, matched by code', () => {
    const from = { units: ['A', 'B', 'C', 'D'], rank: [1, 2, 3, 4] };
    const to = { units: ['C', 'A', 'B'], rank: [1, 2, 3] };
    // A 1→2, B 2→3, C 3→1; D is not in `to`.
    expect(rankShift({ from, to })).toEqual({ meanShift: 4 / 3, maxShift: 2 });
  });

  it('rankShift skips unranked units (NaN) and is null when nothing is shared', () => {
    expect(rankShift({ from: { units: ['A', 'B'], rank: [1, NaN] }, to: { units: ['A', 'B'], rank: [1, 2] } })).toEqual(
      {
        meanShift: 0,
        maxShift: 0
      }
    );
    expect(rankShift({ from: { units: ['A'], rank: [1] }, to: { units: ['B'], rank: [1] } })).toEqual({
      meanShift: null,
      maxShift: null
    });
  });
});
