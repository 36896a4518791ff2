import { principalComponents, rank, runAudit, runIndex, spearmanCorrelation, type CoinData } from '@dtr/core';
import type { ExternalRow, IndexAudit, IndexSpec, MethodFile } from '@dtr/data';
import { coinSubset } from './coin-subset.ts';
import { rankShift } from './rank-shift.ts';
import { weightedFramework } from './weighted-framework.ts';

/** The published top the small-economy evidence counts small economies in. */
export const SMALL_ECONOMY_TOP = 30;

const stat = (v: number) => (Number.isFinite(v) ? v : null);
const stats = (a: ArrayLike<number>) => Array.from(a, stat);

/**
 * The statistical audit of the published index, computed once at edition build: core's runAudit on the published spec
 * over the framework that reaches the index (weight-0 pillars left out: weightedFramework) — Cronbach's α, Pearson and
 * Spearman correlations, PCA per aggregate — with the PCA of all those indicators together, the index's correlation
 * with each external measure of method.json, and the numbers the method's decisions rest on — each external measure's Spearman ρ with
 * the raw indicators (redundancy), the ranking without each weighted indicator (inclusion) and without the small
 * economies (the small-economy decision).
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, steps 4 and 7.
 */
export function indexAudit({
  data,
  spec,
  specName,
  method,
  external
}: {
  data: CoinData;
  spec: IndexSpec;
  specName: string;
  method: MethodFile;
  /** index/external.csv's rows (any order; matched to `data.units` by code). */
  external: ExternalRow[];
}): IndexAudit {
  const byUnit = new Map(external.map((r) => [r.unit, r]));
  const measure = (code: string) => Float64Array.from(data.units, (u) => byUnit.get(u)?.values[code] ?? NaN);
  const codes = method.external.map((x) => x.code);
  const measures = Object.fromEntries(codes.map((c) => [c, measure(c)]));
  const logs = Object.fromEntries(
    codes.filter((c) => measures[c].every((v) => !(v <= 0))).map((c) => [c, measures[c].map(Math.log)])
  );
  const audited = weightedFramework({ data, weights: spec.weights });
  const a = runAudit({
    data: audited,
    spec,
    specName,
    external: { ...measures, ...Object.fromEntries(Object.entries(logs).map(([c, v]) => [`ln ${c}`, v])) }
  });
  const published = runIndex({ data, spec, specName });
  const indicators = data.meta.filter((m) => m.type === 'Indicator').map((m) => m.code);
  const auditedIndicators = audited.meta.filter((m) => m.type === 'Indicator').map((m) => m.code);
  const nU = published.units.length;
  const scoreRow = (code: string) => {
    const r = published.codes.indexOf(code);
    return published.scores.subarray(r * nU, (r + 1) * nU);
  };
  const all = principalComponents({ columns: auditedIndicators.map(scoreRow) });
  const w = published.log.weights;
  const parent = new Map(data.meta.map((m) => [m.code, m.parent]));
  const counts = (c: string): boolean => {
    const p = parent.get(c);
    return p === null || p === undefined || (w[c] > 0 && counts(p));
  };
  // Indicators that reach the index and have a weighted sibling, so the framework stays valid without them.
  const weighted = indicators.filter(
    (c) => counts(c) && indicators.some((o) => o !== c && parent.get(o) === parent.get(c) && w[o] > 0)
  );
  const withoutIndicator = Object.fromEntries(
    weighted.map((c) => [
      c,
      rankShift({
        from: { units: published.units, rank: published.rank },
        to: runIndex({ data, spec: { ...spec, weights: { ...spec.weights, [c]: 0 } }, specName })
      })
    ])
  );
  const small = method.smallEconomies;
  let smallEconomies: IndexAudit['smallEconomies'] = null;
  if (small) {
    const isSmall = new Set(small.units);
    const keep = data.units.map((u) => !isSmall.has(u));
    const others = runIndex({ data: coinSubset({ data, keep }), spec, specName });
    const at = new Map(others.units.map((u, i) => [u, others.rank[i]]));
    // Against the published scores re-ranked without the small economies, so the shift is what their presence does to
    // the others' scores (outlier treatment, min–max ends, p95 goalposts), not the places they held.
    const publishedOthers = rank(published.index.filter((_, u) => keep[u]));
    const size = method.external.find((x) => x.source.kind === 'series' && x.source.series === small.series);
    smallEconomies = {
      count: small.units.length,
      top: SMALL_ECONOMY_TOP,
      inTop: published.units.filter((u, i) => isSmall.has(u) && published.rank[i] <= SMALL_ECONOMY_TOP).length,
      rankWithout: published.units.map((u) => stat(at.get(u) ?? NaN)),
      shift: rankShift({ from: { units: others.units, rank: publishedOthers }, to: others }),
      spearmanLnSize: size ? stat(spearmanCorrelation({ x: published.index, y: measures[size.code] })) : null
    };
  }
  const pcaOut = (p: {
    codes: string[];
    n: number;
    eigenvalues: number[];
    varianceExplained: number[];
    loadings: number[][];
  }) => ({
    codes: p.codes,
    n: p.n,
    eigenvalues: stats(p.eigenvalues),
    varianceExplained: stats(p.varianceExplained),
    loadings: p.loadings.map(stats)
  });
  return {
    schema: 1,
    audited: audited.meta.map((m) => m.code),
    cronbach: Object.fromEntries(Object.entries(a.cronbach).map(([c, v]) => [c, { alpha: stat(v.alpha), k: v.k }])),
    correlation: {
      pearson: { codes: a.correlation.pearson.codes, matrix: a.correlation.pearson.matrix.map(stats) },
      spearman: { codes: a.correlation.spearman.codes, matrix: a.correlation.spearman.matrix.map(stats) }
    },
    pca: Object.fromEntries(Object.entries(a.pca).map(([c, p]) => [c, pcaOut(p)])),
    pcaIndicators: pcaOut({ codes: auditedIndicators, ...all }),
    external: Object.fromEntries(
      codes.map((c) => [
        c,
        {
          n: a.external[c].n,
          pearson: stat(a.external[c].pearson),
          pearsonLn: c in logs ? stat(a.external[`ln ${c}`].pearson) : null,
          spearman: stat(a.external[c].spearman),
          indicators: Object.fromEntries(
            indicators.map((i) => [i, stat(spearmanCorrelation({ x: data.columns[i], y: measures[c] }))])
          )
        }
      ])
    ),
    withoutIndicator,
    smallEconomies
  };
}
