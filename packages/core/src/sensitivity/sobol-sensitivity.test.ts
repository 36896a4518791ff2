import { describe, expect, it } from 'vitest';
import { ishigami } from '../../test/ishigami.ts';
import { sobolSensitivity } from './sobol-sensitivity.ts';

// Ishigami, a = 7, b = 0.1 (Ishigami & Homma 1990; Saltelli et al. 2010, section 4), analytic indices:
// V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V₁ = (1 + bπ⁴/5)²/2, V₂ = a²/8, V₁₃ = 8b²π⁸/225
// → S = (0.3139, 0.4424, 0), S_T = (0.5576, 0.4424, 0.2437).
const a = 7;
const b = 0.1;
const pi4 = Math.PI ** 4;
const V = (a * a) / 8 + (b * pi4) / 5 + (b * b * pi4 * pi4) / 18 + 0.5;
const V1 = (1 + (b * pi4) / 5) ** 2 / 2;
const V2 = (a * a) / 8;
const V13 = (8 * b * b * pi4 * pi4) / 225;
const S = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];

describe('sobolSensitivity', () => {
  it('the analytic Ishigami indices are 0.3139, 0.4424, 0 and 0.5576, 0.4424, 0.2437 (±5e-5)', () => {
    [0.3139, 0.4424, 0].forEach((s, i) => expect(Math.abs(S[i] - s)).toBeLessThan(5e-5));
    [0.5576, 0.4424, 0.2437].forEach((s, i) => expect(Math.abs(ST[i] - s)).toBeLessThan(5e-5));
  });
  // Over 30 seeds (digital shifts of the Sobol design) the root-mean-square error of every index was at most 25.4/N at
  // N = 2,048 and 13.4/N at N = 16,384 (quasi-Monte Carlo: error ~ 1/N; the largest single error 42.9/N), so 100/N is
  // about four of those: 0.049 at N = 2,048, 0.0061 at N = 16,384.
  for (const n of [2048, 16384]) {
    it(`sobolSensitivity recovers the Ishigami indices within 100/N = ${(100 / n).toFixed(4)} at N = ${n}`, () => {
      const r = sobolSensitivity({ model: ishigami(), d: 3, samples: n, seed: 1, bootstrap: 200 });
      expect(r.runs).toBe(n * 5);
      r.indices.forEach((x, i) => {
        expect(Math.abs(x.first - S[i]), `S${i + 1}`).toBeLessThan(100 / n);
        expect(Math.abs(x.total - ST[i]), `ST${i + 1}`).toBeLessThan(100 / n);
      });
    });
  }
  it('sobolSensitivity: the bootstrap intervals narrow by about √8 from N = 2,048 to 16,384 (at least by 2)', () => {
    const small = sobolSensitivity({ model: ishigami(), d: 3, samples: 2048, seed: 2, bootstrap: 200 });
    const large = sobolSensitivity({ model: ishigami(), d: 3, samples: 16384, seed: 2, bootstrap: 200 });
    const width = (ci: [number, number]) => ci[1] - ci[0];
    small.indices.forEach((x, i) => {
      expect(width(large.indices[i].firstCI)).toBeLessThan(width(x.firstCI) / 2);
      expect(width(large.indices[i].totalCI)).toBeLessThan(width(x.totalCI) / 2);
    });
  });
  it('sobolSensitivity of the additive f = u₁ + 2u₂ gives S = S_T = (0.2, 0.8) within 6/√N (N = 4,096)', () => {
    const r = sobolSensitivity({ model: (u) => u[0] + 2 * u[1], d: 2, samples: 4096, seed: 3, bootstrap: 0 });
    [0.2, 0.8].forEach((s, i) => {
      expect(Math.abs(r.indices[i].first - s)).toBeLessThan(6 / 64);
      expect(Math.abs(r.indices[i].total - s)).toBeLessThan(6 / 64);
    });
  });
  it('sobolSensitivity with groups treats columns as one input: an unused column group has S_T = 0 exactly', () => {
    const r = sobolSensitivity({
      model: (u) => u[0] + 2 * u[1],
      d: 4,
      groups: [
        [0, 1],
        [2, 3]
      ],
      samples: 1000,
      seed: 3,
      bootstrap: 0
    });
    expect(r.runs).toBe(4000);
    expect(r.indices[1].total).toBe(0);
    expect(r.indices[1].first).toBe(0);
    expect(Math.abs(r.indices[0].total - 1)).toBeLessThan(6 / Math.sqrt(1000));
  });
  it('sobolSensitivity is reproducible from its seed', () => {
    const a = sobolSensitivity({ model: ishigami(), d: 3, samples: 300, seed: 9, bootstrap: 50 });
    expect(sobolSensitivity({ model: ishigami(), d: 3, samples: 300, seed: 9, bootstrap: 50 })).toEqual(a);
  });
});
