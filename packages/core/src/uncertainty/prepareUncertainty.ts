import { createRng } from '../createRng.ts';
import { rank } from '../rank.ts';
import { rankInto } from '../rankInto.ts';
import { aggregateScores, type AggregateScratch } from '../index/aggregateScores.ts';
import type { CoinData } from '../index/coinData.ts';
import { compileFramework } from '../index/compileFramework.ts';
import { imputeColumns } from '../index/imputeColumns.ts';
import { defaultTreat, type AggregateSpec, type IndexSpec, type NormaliseSpec } from '../index/indexSpec.ts';
import { normaliseColumn } from '../index/normaliseColumn.ts';
import { rawColumns } from '../index/rawColumns.ts';
import { resolveSpec } from '../index/resolveSpec.ts';
import { treatColumn } from '../index/treatColumn.ts';

export interface UncertaintyInput {
  data: CoinData;
  /** Index spec; its `uncertainty` member says what varies. */
  spec?: unknown;
  /** Monte Carlo draws (ignored in grid mode). */
  draws?: number;
  seed?: number;
  /** Overrides `spec.uncertainty.weightNoise` with one factor for every level. */
  noise?: number;
  /** Run every combination of the discrete alternatives exactly once, with no weight noise. */
  grid?: boolean;
}

/** What one run varies: indices into the alternative lists, or −1 for the nominal value. */
export interface VaryMask {
  winmax: boolean;
  normalise: boolean;
  aggregate: boolean;
  weights: boolean;
}

/**
 * A prepared uncertainty analysis: `runDraws(from, to, ranks)` computes draws [from, to) into a ranks buffer
 * (draw-major, ranks[(d − from) · nUnits + u]); `vary` limits which inputs vary (the rest stay nominal). Draw d always uses random stream d of the seed, so any split of the draws —
 * chunks for progress, or several workers — gives the same numbers.
 */
export interface UncertaintyRun {
  units: string[];
  total: number;
  nominalRank: Float64Array;
  /** The uncertain inputs, for sensitivity: "weights" and each alternatives path with more than one value. */
  inputs: string[];
  runDraws(from: number, to: number, ranks: Float64Array, vary?: Partial<VaryMask>): void;
}

/**
 * Prepares the nominal run and a cache of normalised indicator matrices for every (winmax, normalisation) pair, so
 * a draw only perturbs weights, aggregates and ranks — no allocation per draw.
 */
export function prepareUncertainty(input: UncertaintyInput): UncertaintyRun {
  const spec: IndexSpec = resolveSpec(input.spec ?? {});
  const fw = compileFramework(input.data.meta, spec.weights);
  const units = input.data.units;
  const nU = units.length;
  const nI = fw.nIndicators;
  const alts = spec.uncertainty?.alternatives ?? {};
  const winmaxAlts = (alts['treat.winmax'] as number[] | undefined) ?? null;
  const normAlts = (alts.normalise as NormaliseSpec[] | undefined) ?? [spec.normalise];
  const aggAlts = (alts.aggregate as AggregateSpec[] | undefined) ?? [spec.aggregate];
  const nominalWinmax = spec.treat ? spec.treat.winmax : -1;
  const winmaxes = winmaxAlts ?? [nominalWinmax];
  const noiseSpec = input.noise ?? spec.uncertainty?.weightNoise ?? 0;
  const noise = new Float64Array(fw.nRows);
  for (let r = 0; r < fw.nRows; r++) {
    noise[r] = typeof noiseSpec === 'number' ? noiseSpec : (noiseSpec[String(fw.level[r])] ?? 0);
  }
  const noisy = noise.some((f) => f !== 0);
  const seed = input.seed ?? 1;
  const threshold = spec.aggregate.availabilityThreshold ?? 0;

  let raw = rawColumns(input.data, fw);
  if (spec.impute) raw = imputeColumns(input.data, fw.codes.slice(0, nI), spec.impute).columns;
  const treatThresholds = spec.treat ?? defaultTreat;
  const treated = new Map<number, Float64Array[]>();
  const treatedFor = (winmax: number) => {
    let cols = treated.get(winmax);
    if (!cols) {
      cols = winmax < 0 ? raw : raw.map((c) => treatColumn(c, { ...treatThresholds, winmax }).values);
      treated.set(winmax, cols);
    }
    return cols;
  };
  // One score buffer per (winmax, normalisation): indicator rows filled once, aggregate rows overwritten per draw.
  const buffers = new Map<string, Float64Array>();
  const bufferFor = (winmax: number, norm: NormaliseSpec, key: string) => {
    let buf = buffers.get(key);
    if (!buf) {
      buf = new Float64Array(fw.nRows * nU);
      const cols = treatedFor(winmax);
      for (let r = 0; r < nI; r++) normaliseColumn(cols[r], fw.direction[r], norm, fw.goalposts[r], buf.subarray(r * nU, (r + 1) * nU));
      buffers.set(key, buf);
    }
    return buf;
  };
  const nominalBuf = bufferFor(nominalWinmax, spec.normalise, 'nominal');
  aggregateScores(nominalBuf, nU, fw, fw.weight, spec.aggregate.method, threshold, undefined, units);
  const nominalRank = rank(nominalBuf.slice(fw.root * nU, (fw.root + 1) * nU));

  const gridMode = input.grid === true;
  const total = gridMode ? winmaxes.length * normAlts.length * aggAlts.length : Math.max(0, Math.floor(input.draws ?? 1000));
  const inputs = [
    ...(noisy && !gridMode ? ['weights'] : []),
    ...(winmaxAlts && winmaxAlts.length > 1 ? ['treat.winmax'] : []),
    ...(normAlts.length > 1 ? ['normalise'] : []),
    ...(aggAlts.length > 1 ? ['aggregate'] : [])
  ];
  const weights = new Float64Array(fw.nRows);
  const scratch: AggregateScratch = { num: new Float64Array(nU), den: new Float64Array(nU), count: new Float64Array(nU) };
  const keys = new Float64Array(nU);
  const sorted = new Float64Array(nU);
  const index = new Float64Array(nU);
  const nominalNormIndex = alts.normalise ? -1 : 0;
  const nominalAggIndex = alts.aggregate ? -1 : 0;

  return {
    units,
    total,
    nominalRank,
    inputs,
    runDraws(from, to, ranks, vary = {}) {
      const v: VaryMask = { winmax: true, normalise: true, aggregate: true, weights: true, ...vary };
      for (let d = from; d < to; d++) {
        let wi: number;
        let ni: number;
        let ai: number;
        if (gridMode) {
          // Grid order: winmax fastest, then normalisation, then aggregation (COINr's full-factorial order).
          wi = d % winmaxes.length;
          ni = Math.floor(d / winmaxes.length) % normAlts.length;
          ai = Math.floor(d / (winmaxes.length * normAlts.length));
          weights.set(fw.weight);
        } else {
          const rng = createRng(seed, d);
          wi = v.winmax && winmaxAlts ? Math.floor(rng() * winmaxes.length) : -1;
          ni = v.normalise ? Math.floor(rng() * normAlts.length) : nominalNormIndex;
          ai = v.aggregate ? Math.floor(rng() * aggAlts.length) : nominalAggIndex;
          if (noisy && v.weights) {
            for (let r = 0; r < fw.nRows; r++) weights[r] = fw.weight[r] * (1 + noise[r] * (2 * rng() - 1));
          } else weights.set(fw.weight);
          if (!v.winmax || !winmaxAlts) wi = -1;
          if (!alts.normalise) ni = -1;
        }
        const winmax = wi < 0 ? nominalWinmax : winmaxes[wi];
        const norm = ni < 0 ? spec.normalise : normAlts[ni];
        const buf = bufferFor(winmax, norm, wi < 0 && ni < 0 ? 'nominal' : `${winmax}|${ni}`);
        const agg = ai < 0 ? spec.aggregate : aggAlts[ai];
        aggregateScores(buf, nU, fw, weights, agg.method, threshold, scratch, units);
        index.set(buf.subarray(fw.root * nU, (fw.root + 1) * nU));
        rankInto(index, ranks.subarray((d - from) * nU, (d - from + 1) * nU), keys, sorted);
      }
    }
  };
}
