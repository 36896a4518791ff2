import { describe, expect, it } from 'vitest';
import { createRng } from './create-rng.ts';

describe('createRng', () => {
  it('the same seed and stream give the same sequence; different seeds or streams differ', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(createRng(43)()).not.toBe(seqA[0]);
    expect(createRng(42, 1)()).not.toBe(seqA[0]);
  });
  it('draws are uniform on [0, 1): mean ≈ 0.5 and each decile ≈ 10 % over 100,000 draws (tolerance 0.005)', () => {
    const r = createRng(7);
    const bins = new Array(10).fill(0);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100000; i++) {
      const v = r();
      if (!(v >= 0 && v < 1)) outside++;
      sum += v;
      bins[Math.floor(v * 10)]++;
    }
    expect(outside).toBe(0);
    expect(sum / 100000).toBeCloseTo(0.5, 2);
    for (const b of bins) expect(Math.abs(b / 100000 - 0.1)).toBeLessThan(0.005);
  });
});
