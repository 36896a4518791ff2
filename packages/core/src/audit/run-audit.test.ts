import { describe, expect, it } from 'vitest';
import { readCoinCsv } from '../index/read-coin-csv.ts';
import { runAudit } from './run-audit.ts';

// Four units; pillar P = {A, B}, pillar Q = {C} with direction −1, index I = mean(P, Q). Min-max [0, 100] makes
// A = (100/3)(0, 1, 2, 3), B = (100/3)(0, 2, 1, 3), C = (100/3)(3, 2, 0, 1), P = 50(0, 1, 1, 2), Q = C.
const data = readCoinCsv({
  metaText: `iCode,iName,Level,Parent,Direction,Weight,Type
A,A,1,P,1,1,Indicator
B,B,1,P,1,1,Indicator
C,C,1,Q,-1,1,Indicator
P,P,2,I,1,1,Aggregate
Q,Q,2,I,1,1,Aggregate
I,I,3,NA,1,1,Aggregate
`,
  dataText: `uCode,A,B,C
u1,0,0,0
u2,1,2,1
u3,2,1,3
u4,3,3,2
`
});

describe('runAudit', () => {
  const r = runAudit({ data });
  it('runAudit lists indicators then aggregates in iMeta order in both correlation tables', () => {
    expect(r.correlation.pearson.codes).toEqual(['A', 'B', 'C', 'P', 'Q', 'I']);
    expect(r.correlation.spearman.codes).toEqual(['A', 'B', 'C', 'P', 'Q', 'I']);
  });
  it('runAudit correlates the normalised indicators: r(A, B) = 0.8, and r(A, C) = −0.8 after direction −1 (±1e-15)', () => {
    const m = r.correlation.pearson.matrix;
    expect(Math.abs(m[0][1] - 0.8)).toBeLessThan(1e-15);
    expect(Math.abs(m[0][2] + 0.8)).toBeLessThan(1e-15);
    expect(r.correlation.spearman.matrix[0][2]).toBeCloseTo(-0.8, 15);
  });
  it('runAudit gives α(P) = 8/9 from var A = var B = (100/3)²·5/3, cov = (100/3)²·4/3 (±1e-14)', () => {
    expect(r.cronbach.P.k).toBe(2);
    expect(Math.abs(r.cronbach.P.alpha - 8 / 9)).toBeLessThan(1e-14);
  });
  it('runAudit gives α(I) = −24/7 over the aggregate scores P and Q, and NaN for the one-indicator pillar Q (±1e-13)', () => {
    expect(Math.abs(r.cronbach.I.alpha + 24 / 7)).toBeLessThan(1e-13);
    expect(r.cronbach.Q).toEqual({ alpha: NaN, k: 1 });
  });
  it('runAudit: PCA of P has eigenvalues 1.8 and 0.2 (r = 0.8); Q has the single eigenvalue 1 (±1e-14)', () => {
    expect(r.pca.P.codes).toEqual(['A', 'B']);
    [1.8, 0.2].forEach((e, i) => expect(Math.abs(r.pca.P.eigenvalues[i] - e)).toBeLessThan(1e-14));
    expect(r.pca.Q.eigenvalues).toEqual([1]);
    expect(r.pca.Q.varianceExplained).toEqual([1]);
  });
  it('runAudit audits what the spec produces: with rank normalisation, Pearson r equals the min-max Spearman ρ (±1e-14)', () => {
    const ranked = runAudit({ data, spec: { normalise: { method: 'rank' } } });
    const m = ranked.correlation.pearson.matrix;
    const s = r.correlation.spearman.matrix;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(Math.abs(m[i][j] - s[i][j])).toBeLessThan(1e-14);
  });
});

describe('runAudit external measures', () => {
  it('runAudit correlates the index with an external measure over the units that have both (index = (50/3)(3, 3.5, 1.5, 4))', () => {
    // I = mean(P, Q) = (50, 58.3, 25, 66.7) = (50/3)(3, 3.5, 1.5, 4); with the external (1, 2, NaN, 3) the complete
    // pairs (3, 1), (3.5, 2), (4, 3) lie on a line: r = ρ = 1.
    const r = runAudit({ data, external: { gdp: [1, 2, NaN, 3] } });
    expect(r.external.gdp.n).toBe(3);
    expect(r.external.gdp.pearson).toBeCloseTo(1, 14);
    expect(r.external.gdp.spearman).toBe(1);
  });
  it('runAudit names an external measure of the wrong length', () => {
    expect(() => runAudit({ data, external: { gdp: [1, 2] } })).toThrow(
      'audit: external measure gdp has 2 values, expected 4 (one per unit)'
    );
  });
});
