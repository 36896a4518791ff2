import { createRanker } from '../createRanker.ts';
import { rank } from '../rank.ts';
import { aggregateScores } from '../index/aggregateScores.ts';
import type { CoinData } from '../index/coinData.ts';
import { compileFramework } from '../index/compileFramework.ts';
import { createAggregateScratch } from '../index/createAggregateScratch.ts';
import { imputeColumns } from '../index/imputeColumns.ts';
import { defaultTreat, type AggregateSpec, type ImputeSpec, type NormaliseSpec } from '../index/indexSpec.ts';
import { markMissingRows } from '../index/markMissingRows.ts';
import { normaliseColumn } from '../index/normaliseColumn.ts';
import { rawColumns } from '../index/rawColumns.ts';
import { resolveSpec } from '../index/resolveSpec.ts';
import { treatColumn } from '../index/treatColumn.ts';
import { maxSobolDimensions } from './createSobolSequence.ts';

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
 * |rank − nominal rank|, or one unit's rank. An `impute` list (imputation specs, null for none) is a discrete input
 * too. Normalised indicator matrices are cached per (imputation, winmax, normalisation).
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
  const weightCol = noisyRows.length ? groups[groups.length - 1][0] : -1;
  const winmaxes = (alts['treat.winmax'] as number[] | undefined) ?? [spec.treat ? spec.treat.winmax : -1];
  const norms = (alts.normalise as NormaliseSpec[] | undefined) ?? [spec.normalise];
  const aggs = (alts.aggregate as AggregateSpec[] | undefined) ?? [spec.aggregate];
  const imputes = (alts.impute as (ImputeSpec | null)[] | undefined) ?? [spec.impute ?? null];
  const nominalWinmax = spec.treat ? spec.treat.winmax : -1;
  const threshold = spec.aggregate.availabilityThreshold ?? 0;

  const raw = rawColumns(input.data, fw);
  const treatThresholds = spec.treat ?? defaultTreat;
  const treated = new Map<string, Float64Array[]>();
  const buffers = new Map<string, { scores: Float64Array; marks: Uint8Array }>();
  const bufferFor = (im: ImputeSpec | null, winmax: number, norm: NormaliseSpec) => {
    const key = `${JSON.stringify(im)}|${winmax}|${JSON.stringify(norm)}`;
    let b = buffers.get(key);
    if (!b) {
      const treatKey = `${JSON.stringify(im)}|${winmax}`;
      let cols = treated.get(treatKey);
      if (!cols) {
        const imputed = im ? imputeColumns(input.data, fw.codes.slice(0, nI), im).columns : raw;
        cols = winmax < 0 ? imputed : imputed.map((c) => treatColumn(c, { ...treatThresholds, winmax }).values);
        treated.set(treatKey, cols);
      }
      const scores = new Float64Array(fw.nRows * nU);
      for (let r = 0; r < nI; r++)
        normaliseColumn(cols[r], fw.direction[r], norm, fw.goalposts[r], scores.subarray(r * nU, (r + 1) * nU));
      const marks = new Uint8Array(fw.nRows);
      markMissingRows(scores, nU, fw, marks);
      b = { scores, marks };
      buffers.set(key, b);
    }
    return b;
  };
  const scratch = createAggregateScratch(nU, fw.nRows);
  const nominal = bufferFor(spec.impute ?? null, nominalWinmax, spec.normalise);
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
      weights.set(fw.weight);
      noisyRows.forEach((r, k) => (weights[r] = fw.weight[r] * (1 + noise[r] * (2 * u[weightCol + k] - 1))));
      const im = imputeCol < 0 ? (spec.impute ?? null) : imputes[pick(u[imputeCol], imputes.length)];
      const b = bufferFor(im, winmax, norm);
      scratch.rowHasNaN.set(b.marks);
      aggregateScores(b.scores, nU, fw, weights, method, threshold, scratch, units);
      ranker(b.scores, fw.root * nU, ranks, 0);
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
