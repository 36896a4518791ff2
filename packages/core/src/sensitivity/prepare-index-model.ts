import { createRanker } from '../create-ranker.ts';
import { rank } from '../rank.ts';
import { aggregateScores } from '../index/aggregate-scores.ts';
import type { CoinData } from '../index/coin-data.ts';
import { compileFramework, type CompiledFramework } from '../index/compile-framework.ts';
import { createAggregateScratch } from '../index/create-aggregate-scratch.ts';
import { imputeColumns } from '../index/impute-columns.ts';
import { defaultTreat, type AggregateSpec, type ImputeSpec, type NormaliseSpec } from '../index/index-spec.ts';
import { markMissingRows } from '../index/mark-missing-rows.ts';
import { normaliseColumn } from '../index/normalise-column.ts';
import { rawColumns } from '../index/raw-columns.ts';
import { resolveSpec } from '../index/resolve-spec.ts';
import { treatColumn } from '../index/treat-column.ts';
import { maxSobolDimensions } from './create-sobol-sequence.ts';

export interface IndexModelInput {
  data: CoinData;
  /** Index spec; its `uncertainty` member says what varies. */
  spec?: unknown;
  /** Names the spec's source in error messages (e.g. its file). */
  specName?: string;
  /** A uCode: the output is this unit's rank instead of the mean absolute rank shift. */
  unit?: string;
}

export interface IndexModel {
  units: string[];
  /** The uncertain inputs: each `uncertainty.alternatives` path with two or more values, then "weights". */
  inputs: string[];
  /** Model dimension: one column per alternatives path, one per noisy weight. */
  d: number;
  /** Columns of each input (the weights are one input of several columns). */
  groups: number[][];
  output: 'meanAbsRankShift' | 'rank';
  nominalRank: Float64Array;
  /** The output for one point u ∈ [0, 1)^d. */
  model(u: Float64Array): number;
}

/**
 * The index as a model on [0, 1)^d for variance-based sensitivity. A discrete input (an alternatives list of L
 * values) takes value ⌊u·L⌋; the weights are one input whose columns each scale one weight by 1 + f(2u − 1), f its
 * level's `weightNoise` (as Monte Carlo uncertainty draws them). The output is the mean over ranked units of
 * |rank − nominal rank|, or one unit's rank. `impute` (imputation specs, null for none), `exclude` (indicator codes
 * left out: the index rebuilt on iMeta without them) and `maxAge` (values older than the indicator's latest year
 * minus the age count as missing, from `data.years`) are discrete inputs too; the nominal run uses every indicator
 * and every value. Normalised indicator matrices are cached per (exclusion, age, imputation, winmax, normalisation).
 * @see Saisana, M., Saltelli, A. & Tarantola, S. (2005) Uncertainty and sensitivity analysis techniques as tools for
 * the quality assessment of composite indicators. J. R. Stat. Soc. A 168(2), 307–323.
 */
export function prepareIndexModel(input: IndexModelInput): IndexModel {
  const where = input.specName ?? 'spec';
  const spec = resolveSpec(input.spec ?? {}, where);
  const fw = compileFramework(input.data.meta, spec.weights);
  const units = input.data.units;
  const nU = units.length;
  // Ranks are 16-bit, as in the uncertainty analysis.
  if (nU > 65535) throw new Error(`sensitivity: at most 65,535 units, got ${nU}`);
  const nI = fw.nIndicators;
  const alts = spec.uncertainty?.alternatives ?? {};
  const inputs = Object.keys(alts).filter((path) => alts[path].length > 1);
  const noiseSpec = spec.uncertainty?.weightNoise ?? 0;
  const noise = Float64Array.from(fw.level, (lvl) =>
    typeof noiseSpec === 'number' ? noiseSpec : (noiseSpec[String(lvl)] ?? 0)
  );
  // The index's own weight scales nothing, so it is not an input.
  const noisyRows = Array.from(noise.keys()).filter((r) => noise[r] !== 0 && r !== fw.root);
  const groups = inputs.map((_, i) => [i]);
  if (noisyRows.length) {
    inputs.push('weights');
    groups.push(noisyRows.map((_, k) => groups.length + k));
  }
  if (inputs.length === 0)
    throw new Error(
      `${where}: uncertainty: expected at least one uncertain input (an alternatives list of two or more values, ` +
        `or weightNoise ≠ 0), got none`
    );
  const d = groups.reduce((s, g) => s + g.length, 0);
  if (2 * d > maxSobolDimensions)
    throw new Error(
      `${where}: uncertainty: expected at most ${maxSobolDimensions / 2} uncertain columns (alternatives, and one per ` +
        `weight below the index when weightNoise ≠ 0), got ${d}`
    );
  const column = (path: string) => inputs.indexOf(path);
  const winmaxCol = column('treat.winmax');
  const normCol = column('normalise');
  const aggCol = column('aggregate');
  const imputeCol = column('impute');
  const excludeCol = column('exclude');
  const ageCol = column('maxAge');
  const weightCol = noisyRows.length ? groups[groups.length - 1][0] : -1;
  const winmaxes = (alts['treat.winmax'] as number[] | undefined) ?? [spec.treat ? spec.treat.winmax : -1];
  const norms = (alts.normalise as NormaliseSpec[] | undefined) ?? [spec.normalise];
  const aggs = (alts.aggregate as AggregateSpec[] | undefined) ?? [spec.aggregate];
  const imputes = (alts.impute as (ImputeSpec | null)[] | undefined) ?? [spec.impute ?? null];
  // The nominal run uses every indicator and every value: no exclusion, no age limit.
  const excludes = (alts.exclude as string[][] | undefined) ?? [[]];
  const ages = (alts.maxAge as (number | null)[] | undefined) ?? [null];
  const nominalWinmax = spec.treat ? spec.treat.winmax : -1;
  const threshold = spec.aggregate.availabilityThreshold ?? 0;

  // Framework 0 is the nominal one (every indicator); 1 + i is inclusion alternative i, the index built without its
  // excluded indicators (COINr's `exclude`), its weight noise columns mapped by code to the full framework's.
  const indicatorCodes = fw.codes.slice(0, nI);
  const full = { fw, meta: input.data.meta, noiseColumn: fw.codes.map((_, r) => noisyRows.indexOf(r)) };
  const alternatives = excludes.map((codes, i) => {
    for (const c of codes)
      if (!indicatorCodes.includes(c))
        throw new Error(
          `${where}: uncertainty.alternatives.exclude[${i}]: expected indicator codes of iMeta ` +
            `(${indicatorCodes.join(', ')}), got ${JSON.stringify(c)}`
        );
    if (codes.length === 0) return full;
    const meta = input.data.meta.filter((m) => !codes.includes(m.code));
    const weights: Record<string, number> = Object.create(null);
    for (const [c, w] of Object.entries(spec.weights ?? {})) if (!codes.includes(c)) weights[c] = w;
    let f: CompiledFramework;
    try {
      f = compileFramework(meta, weights);
    } catch (e) {
      throw new Error(
        `${where}: uncertainty.alternatives.exclude[${i}]: without ${codes.join(', ')}, ${(e as Error).message}`
      );
    }
    const noiseColumn = f.codes.map((c) => noisyRows.indexOf(fw.codes.indexOf(c)));
    return { fw: f, meta, noiseColumn };
  });
  const frameworks = [full, ...alternatives];
  // The recency rule: a value older than maxAge years before its indicator's latest year counts as missing.
  const years = input.data.years;
  if (ages.some((a) => a !== null) && !years)
    throw new Error(
      `${where}: uncertainty.alternatives.maxAge: expected the years of the values (an iYears table, ` +
        `dtr sensitivity --years iYears.csv), got none`
    );
  const latest = new Map<string, number>();
  if (years)
    for (const c of indicatorCodes) {
      let max = NaN;
      for (const y of years[c]) if (!(y <= max)) max = y;
      latest.set(c, max);
    }
  const agedData = (age: number | null, meta: CoinData['meta']): CoinData => {
    if (age === null || !years) return { ...input.data, meta };
    const columns: Record<string, Float64Array> = Object.create(null);
    for (const c of indicatorCodes) {
      const cutoff = (latest.get(c) as number) - age;
      columns[c] = input.data.columns[c].map((v, u) => (years[c][u] >= cutoff ? v : NaN));
    }
    return { ...input.data, meta, columns };
  };

  const treatThresholds = spec.treat ?? defaultTreat;
  const treated = new Map<string, Float64Array[]>();
  const buffers = new Map<string, { scores: Float64Array; marks: Uint8Array }>();
  const bufferFor = (ei: number, age: number | null, im: ImputeSpec | null, winmax: number, norm: NormaliseSpec) => {
    const key = `${ei}|${age}|${JSON.stringify(im)}|${winmax}|${JSON.stringify(norm)}`;
    let b = buffers.get(key);
    if (!b) {
      const { fw: f, meta } = frameworks[ei];
      const treatKey = `${ei}|${age}|${JSON.stringify(im)}|${winmax}`;
      let cols = treated.get(treatKey);
      if (!cols) {
        const data = agedData(age, meta);
        const codes = f.codes.slice(0, f.nIndicators);
        const base = im ? imputeColumns(data, codes, im).columns : rawColumns(data, f);
        cols = winmax < 0 ? base : base.map((c) => treatColumn(c, { ...treatThresholds, winmax }).values);
        treated.set(treatKey, cols);
      }
      const scores = new Float64Array(f.nRows * nU);
      for (let r = 0; r < f.nIndicators; r++)
        normaliseColumn(cols[r], f.direction[r], norm, f.goalposts[r], scores.subarray(r * nU, (r + 1) * nU));
      const marks = new Uint8Array(f.nRows);
      markMissingRows(scores, nU, f, marks);
      b = { scores, marks };
      buffers.set(key, b);
    }
    return b;
  };
  const scratch = createAggregateScratch(nU, fw.nRows);
  const nominal = bufferFor(0, null, spec.impute ?? null, nominalWinmax, spec.normalise);
  scratch.rowHasNaN.set(nominal.marks);
  aggregateScores(nominal.scores, nU, fw, fw.weight, spec.aggregate.method, threshold, scratch, units);
  const nominalRank = rank(nominal.scores.slice(fw.root * nU, (fw.root + 1) * nU));
  const unitIndex = input.unit === undefined ? -1 : units.indexOf(input.unit);
  if (input.unit !== undefined && unitIndex < 0)
    throw new Error(`unit: expected a uCode of the data, got ${JSON.stringify(input.unit)}`);
  if (unitIndex >= 0 && nominalRank[unitIndex] !== nominalRank[unitIndex])
    throw new Error(`unit: ${input.unit} has no index score in the nominal run, so it has no rank to follow`);

  const pick = (u: number, n: number) => Math.min(n - 1, Math.floor(u * n));
  const weights = new Float64Array(fw.nRows);
  const ranker = createRanker(nU);
  const ranks = new Uint16Array(nU);
  return {
    units,
    inputs,
    d,
    groups,
    output: unitIndex >= 0 ? 'rank' : 'meanAbsRankShift',
    nominalRank,
    model(u) {
      const winmax = winmaxCol < 0 ? nominalWinmax : winmaxes[pick(u[winmaxCol], winmaxes.length)];
      const norm = normCol < 0 ? spec.normalise : norms[pick(u[normCol], norms.length)];
      const method = aggCol < 0 ? spec.aggregate.method : aggs[pick(u[aggCol], aggs.length)].method;
      const im = imputeCol < 0 ? (spec.impute ?? null) : imputes[pick(u[imputeCol], imputes.length)];
      const ei = excludeCol < 0 ? 0 : 1 + pick(u[excludeCol], excludes.length);
      const age = ageCol < 0 ? null : ages[pick(u[ageCol], ages.length)];
      const { fw: f, noiseColumn } = frameworks[ei];
      for (let r = 0; r < f.nRows; r++) {
        const k = noiseColumn[r];
        weights[r] = k < 0 ? f.weight[r] : f.weight[r] * (1 + noise[noisyRows[k]] * (2 * u[weightCol + k] - 1));
      }
      const b = bufferFor(ei, age, im, winmax, norm);
      scratch.rowHasNaN.set(b.marks);
      aggregateScores(b.scores, nU, f, weights, method, threshold, scratch, units);
      ranker(b.scores, f.root * nU, ranks, 0);
      if (unitIndex >= 0) return ranks[unitIndex] > 0 ? ranks[unitIndex] : NaN;
      let sum = 0;
      let count = 0;
      for (let i = 0; i < nU; i++) {
        const shift = Math.abs(ranks[i] - nominalRank[i]);
        if (ranks[i] > 0 && shift === shift) {
          sum += shift;
          count++;
        }
      }
      return count ? sum / count : NaN;
    }
  };
}
