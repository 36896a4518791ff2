import { describe, expect, it } from 'vitest';
import { simplifyLine } from './simplify-line.ts';

describe('simplifyLine', () => {
  it('drops a vertex 0.05 from the chord at tolerance 0.1 and keeps one 0.2 away', () => {
    expect(simplifyLine({ line: [0, 0, 1, 0.05, 2, 0], tolerance: 0.1 })).toEqual([0, 0, 2, 0]);
    expect(simplifyLine({ line: [0, 0, 1, 0.2, 2, 0], tolerance: 0.1 })).toEqual([0, 0, 1, 0.2, 2, 0]);
  });

  it('keeps the farthest vertex of a zigzag, then those still beyond the tolerance of the new chords', () => {
    // (2, 1) is 1 from the chord; (1, 0.3) and (3, 0.3) are 0.4 / √5 ≈ 0.179 from the new chords.
    const line = [0, 0, 1, 0.3, 2, 1, 3, 0.3, 4, 0];
    expect(simplifyLine({ line, tolerance: 0.5 })).toEqual([0, 0, 2, 1, 4, 0]);
    expect(simplifyLine({ line, tolerance: 0.17 })).toEqual(line);
  });

  it('keeps a line of one or two vertices as it is, and both ends of a closed loop', () => {
    expect(simplifyLine({ line: [5, 5], tolerance: 1 })).toEqual([5, 5]);
    expect(simplifyLine({ line: [0, 0, 3, 4], tolerance: 10 })).toEqual([0, 0, 3, 4]);
    expect(simplifyLine({ line: [0, 0, 1, 1, 2, 0, 0, 0], tolerance: 0.1 })).toEqual([0, 0, 1, 1, 2, 0, 0, 0]);
  });
});
