import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pearsonCorrelation, readCoinCsv, runAudit, runIndex } from '@dtr/core';
import { readIndexTables, type IndexSpec, type MethodFile } from '@dtr/data';
import { indexAudit } from './index-audit.ts';
import { weightedFramework } from './weighted-framework.ts';

/** The committed 2026 edition's index files: the published audit is checked against core on the real edition. */
const file = (name: string) => readFileSync(new URL(`../../data/editions/2026/index/${name}`, import.meta.url), 'utf8');
const spec = JSON.parse(file('spec.json')) as IndexSpec;
const method = JSON.parse(file('method.json')) as MethodFile;
const framework = JSON.parse(file('framework.json'));
const external = readIndexTables({
  files: { 'index/external.csv': file('external.csv') },
  where: (p) => p,
  framework,
  method
}).external!;
const data = readCoinCsv({ dataText: file('iData.csv'), metaText: file('iMeta.csv') });
const audit = indexAudit({ data, spec, specName: 'spec.json', method, external });
const nullable = (a: number[]) => a.map((v) => (Number.isFinite(v) ? v : null));
/** Same computation on the same inputs: equal to the last bit; 1e-12 allows only a different summation order. */
const TOL = 12;

describe('indexAudit on the 2026 edition', () => {
  const core = runAudit({ data: weightedFramework({ data, weights: spec.weights }), spec });

  it('indexAudit holds core runAudit’s Cronbach α, correlations and PCA on the published spec (to 1e-12)', () => {
    for (const [agg, c] of Object.entries(core.cronbach)) {
      expect(audit.cronbach[agg].k).toBe(c.k);
      if (Number.isFinite(c.alpha)) expect(audit.cronbach[agg].alpha).toBeCloseTo(c.alpha, TOL);
      else expect(audit.cronbach[agg].alpha).toBeNull();
    }
    expect(audit.correlation.pearson.codes).toEqual(core.correlation.pearson.codes);
    expect(audit.correlation.spearman.matrix).toEqual(core.correlation.spearman.matrix.map(nullable));
    expect(audit.correlation.pearson.matrix).toEqual(core.correlation.pearson.matrix.map(nullable));
    for (const [agg, p] of Object.entries(core.pca)) {
      expect(audit.pca[agg].codes).toEqual(p.codes);
      expect(audit.pca[agg].eigenvalues).toEqual(nullable(p.eigenvalues));
      expect(audit.pca[agg].loadings).toEqual(p.loadings.map(nullable));
    }
  });

  it('indexAudit leaves out the weight-0 integration pillar and its indicator, and nothing else', () => {
    expect(audit.audited).toEqual(data.meta.map((m) => m.code).filter((c) => c !== 'Integration' && c !== 'GVCPart'));
    expect(audit.pca.DTDI.codes).toEqual(['Goods', 'Services', 'DataInfra']);
    expect(audit.pca.DTDI.n).toBe(data.units.length);
  });

  it('indexAudit holds the PCA of all eight audited indicators over the complete cases', () => {
    const p = audit.pcaIndicators;
    expect(p.codes).toHaveLength(8);
    // availableMean fills every missing cell of a weighted pillar, so every ranked economy is a complete case.
    expect(p.n).toBe(data.units.length);
    expect(p.varianceExplained[0]).toBeGreaterThan(0.4);
    expect(p.varianceExplained[0]).toBeLessThan(0.7);
    expect(p.eigenvalues.reduce((s, v) => s! + v!, 0)).toBeCloseTo(8, 10);
  });

  it('indexAudit covers every audited aggregate and every indicator then aggregate, in iMeta order', () => {
    const meta = data.meta.filter((m) => audit.audited.includes(m.code));
    const aggregates = meta.filter((m) => m.type === 'Aggregate').map((m) => m.code);
    expect(Object.keys(audit.cronbach)).toEqual(aggregates);
    expect(Object.keys(audit.pca)).toEqual(aggregates);
    expect(audit.correlation.spearman.codes).toEqual([
      ...meta.filter((m) => m.type === 'Indicator').map((m) => m.code),
      ...aggregates
    ]);
    // Each PCA's variance shares sum to 1 where defined.
    for (const p of Object.values(audit.pca))
      if (p.varianceExplained[0] !== null) expect(p.varianceExplained.reduce((s, v) => s! + v!, 0)).toBeCloseTo(1, 10);
  });

  it('indexAudit correlates the index with ln GDP per capita and the ITU IDI over the units that have both', () => {
    const index = runIndex({ data, spec }).index;
    const byUnit = new Map(external.map((r) => [r.unit, r.values]));
    const gdp = Float64Array.from(data.units, (u) => byUnit.get(u)?.GDPpc ?? NaN);
    const idi = Float64Array.from(data.units, (u) => byUnit.get(u)?.IDI ?? NaN);
    expect(audit.external.GDPpc.pearsonLn).toBeCloseTo(pearsonCorrelation({ x: gdp.map(Math.log), y: index }), TOL);
    expect(audit.external.IDI.pearson).toBeCloseTo(pearsonCorrelation({ x: idi, y: index }), TOL);
    expect(audit.external.IDI.n).toBe(method.external.find((x) => x.code === 'IDI')!.coverage);
    expect(audit.external.GDPpc.n).toBe(gdp.filter((v) => v === v).length);
    // The redundancy the issue names: the IDI moves with internet use (ρ ≥ 0.9 on the raw values).
    expect(audit.external.IDI.indicators.InternetUse).toBeGreaterThan(0.9);
  });

  it('indexAudit ranks the others without the small economies: null for each small one, ranks 1…n for the rest', () => {
    const s = audit.smallEconomies!;
    const small = new Set(method.smallEconomies!.units);
    expect(s.count).toBe(small.size);
    const ranks = s.rankWithout.filter((r, i) => {
      expect(r === null).toBe(small.has(data.units[i]));
      return r !== null;
    });
    expect(ranks).toHaveLength(data.units.length - small.size);
    expect(Math.min(...(ranks as number[]))).toBe(1);
    expect(Math.max(...(ranks as number[]))).toBeLessThanOrEqual(ranks.length);
    const published = runIndex({ data, spec }).rank;
    expect(s.inTop).toBe(data.units.filter((u, i) => small.has(u) && published[i] <= s.top).length);
    expect(s.shift.maxShift).toBeGreaterThanOrEqual(s.shift.meanShift!);
  });

  it('indexAudit reruns the index without each weighted indicator; the rank shifts match a direct run', () => {
    expect(Object.keys(audit.withoutIndicator)).not.toContain('GVCPart');
    const published = runIndex({ data, spec }).rank;
    const without = runIndex({ data, spec: { ...spec, weights: { ...spec.weights, ICTServGDP: 0 } } }).rank;
    const d = Array.from(published, (r, i) => Math.abs(r - without[i]));
    expect(audit.withoutIndicator.ICTServGDP.meanShift).toBeCloseTo(d.reduce((s, x) => s + x, 0) / d.length, TOL);
    expect(audit.withoutIndicator.ICTServGDP.maxShift).toBe(Math.max(...d));
  });

  it('the committed results.json holds this audit (the edition was rebuilt after the audit changed)', () => {
    expect(JSON.parse(file('results.json')).audit).toEqual(JSON.parse(JSON.stringify(audit)));
  });
});
