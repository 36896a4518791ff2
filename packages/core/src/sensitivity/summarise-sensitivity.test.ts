import { describe, expect, it } from 'vitest';
import { summariseSensitivity } from './summarise-sensitivity.ts';

describe('summariseSensitivity', () => {
  it('summariseSensitivity labels each input and counts the runs (S = 1, S_T = 0.5 on the hand-made rows)', () => {
    const y = Float64Array.of(0, 2, 1, 2, 0, 1);
    const r = summariseSensitivity({
      inputs: ['weights'],
      output: 'meanAbsRankShift',
      y,
      samples: 2,
      seed: 1,
      bootstrap: 0,
      level: 0.95
    });
    expect(r).toEqual({
      output: 'meanAbsRankShift',
      runs: 6,
      inputs: [{ input: 'weights', first: 1, total: 0.5, firstCI: [NaN, NaN], totalCI: [NaN, NaN] }]
    });
  });
  it('summariseSensitivity names the unit when the output is a rank', () => {
    const y = Float64Array.of(0, 2, 1, 2, 0, 1);
    const r = summariseSensitivity({
      inputs: ['aggregate'],
      output: 'rank',
      unit: 'DEU',
      y,
      samples: 2,
      seed: 1,
      bootstrap: 0,
      level: 0.95
    });
    expect(r.unit).toBe('DEU');
  });
});
