import { describe, expect, it } from 'vitest';
import { ishigami } from '../../test/ishigami.ts';
import { sobolChunks } from './sobol-chunks.ts';
import { sobolSensitivity } from './sobol-sensitivity.ts';

const drain = <T>(it: Generator<void, T>): T => {
  for (;;) {
    const s = it.next();
    if (s.done) return s.value;
  }
};

describe('sobolChunks', () => {
  const input = { model: ishigami(), d: 3, samples: 1000, seed: 4, bootstrap: 20 };
  it('sobolChunks reports runs done after each chunk and gives the same result as one pass', () => {
    const progress: number[] = [];
    const r = drain(sobolChunks(input, { chunk: 300, onProgress: (done, total) => progress.push(done, total) }));
    expect(progress).toEqual([1500, 5000, 3000, 5000, 4500, 5000, 5000, 5000]);
    expect(r).toEqual(sobolSensitivity(input));
  });
  it('sobolChunks stops with an AbortError when asked between chunks', () => {
    let chunks = 0;
    const it = sobolChunks(input, { chunk: 100, onProgress: () => chunks++, shouldStop: () => chunks >= 2 });
    expect(() => drain(it)).toThrow(expect.objectContaining({ name: 'AbortError' }));
    expect(chunks).toBe(2);
  });
});
