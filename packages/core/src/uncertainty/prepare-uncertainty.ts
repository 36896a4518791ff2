import { createRanker, type Ranker } from '../create-ranker.ts';
import { mulberry32 } from '../mulberry32.ts';
import { rank } from '../rank.ts';
import { streamState } from '../stream-state.ts';
import { aggregateScores } from '../index/aggregate-scores.ts';
import { createAmeanKernel, type AmeanKernel } from '../index/create-amean-kernel.ts';
import { createAggregateScratch } from '../index/create-aggregate-scratch.ts';
import { markMissingRows } from '../index/mark-missing-rows.ts';
import type { CoinData } from '../index/coin-data.ts';
import { checkAggregateRows } from '../index/check-aggregate-rows.ts';
import { checkIndicatorColumn } from '../index/check-indicator-column.ts';
import { compileFramework } from '../index/compile-framework.ts';
import { imputeColumns } from '../index/impute-columns.ts';
import {
  defaultTreat,
  type AggregateSpec,
  type ImputeSpec,
  type IndexSpec,
  type NormaliseSpec
} from '../index/index-spec.ts';
import { normaliseColumn } from '../index/normalise-column.ts';
import { rawColumns } from '../index/raw-columns.ts';
import { resolveSpec } from '../index/resolve-spec.ts';
import { treatColumn } from '../index/treat-column.ts';
import { checkDrawBudget } from './check-draw-budget.ts';

export interface UncertaintyInput {
  data: CoinData;
  /** Index spec; its `uncertainty` member says what varies. */
  spec?: unknown;
  /** Names the spec's source in error messages (e.g. its file). */
  specName?: string;
  /** Monte Carlo draws (ignored in grid mode). */
  draws?: number;
  seed?: number;
  /** Overrides `spec.uncertainty.weightNoise` with one factor for every level. */
  noise?: number;
  /** Run every combination of the discrete alternatives exactly once, with no weight noise. */
  grid?: boolean;
}

/** Which uncertain inputs a call of `runDraws` varies (all by default); the others stay at their nominal value. */
export interface VaryMask {
  impute: boolean;
  winmax: boolean;
  normalise: boolean;
  aggregate: boolean;
  weights: boolean;
}

/**
 * A prepared uncertainty analysis: `runDraws(from, to, ranks)` computes draws [from, to) into a ranks buffer
 * (draw-major, ranks[(d − from) · nUnits + u], 0 where a unit has no score); `vary` limits which inputs vary (the rest stay nominal). Draw d always uses random stream d of the seed, so any split of the draws —
 * chunks for progress, or several workers — gives the same numbers.
 */
export interface UncertaintyRun {
  units: string[];
  total: number;
  nominalRank: Float64Array;
  /** The uncertain inputs, for sensitivity: "weights" and each alternatives path with more than one value. */
  inputs: string[];
  runDraws(from: number, to: number, ranks: Uint16Array, vary?: Partial<VaryMask>): void;
}

/**
 * Prepares the nominal run and a cache of normalised indicator matrices for every (winmax, normalisation) pair, so
 * a draw only perturbs weights, aggregates and ranks — no allocation per draw.
 */
export function prepareUncertainty(input: UncertaintyInput): UncertaintyRun {
  const spec: IndexSpec = resolveSpec(input.spec ?? {}, input.specName);
  const fw = compileFramework(input.data.meta, spec.weights);
  const units = input.data.units;
  const nU = units.length;
  // Ranks are stored as 16-bit integers (a quarter of the memory of doubles for 10,000 draws).
  if (nU > 65535) throw new Error(`uncertainty: at most 65,535 units, got ${nU}`);
  const nI = fw.nIndicators;
  const alts = spec.uncertainty?.alternatives ?? {};
  for (const [path, what] of [
    ['exclude', 'indicator inclusion'],
    ['maxAge', 'recency']
  ])
    if (alts[path])
      throw new Error(
        `${input.specName ?? 'spec'}: uncertainty.alternatives.${path}: expected no ${what} alternatives in a Monte ` +
          `Carlo uncertainty analysis (dtr sensitivity varies them), got ${alts[path].length}`
      );
  const imputeAlts = (alts.impute as (ImputeSpec | null)[] | undefined) ?? null;
  const imputes = imputeAlts ?? [spec.impute ?? null];
  const winmaxAlts = (alts['treat.winmax'] as number[] | undefined) ?? null;
  const normAlts = (alts.normalise as NormaliseSpec[] | undefined) ?? [spec.normalise];
  const aggAlts = (alts.aggregate as AggregateSpec[] | undefined) ?? [spec.aggregate];
  const nominalWinmax = spec.treat ? spec.treat.winmax : -1;
  const winmaxes = winmaxAlts ?? [nominalWinmax];
  const gridMode = input.grid === true;
  const total = gridMode
    ? winmaxes.length * normAlts.length * aggAlts.length * imputes.length
    : Math.max(0, Math.floor(input.draws ?? 1000));
  checkDrawBudget({ draws: total, units: nU, what: gridMode ? 'grid combinations' : 'draws' });
  if (input.noise !== undefined && !(input.noise >= 0 && input.noise < 1))
    throw new Error(`uncertainty: noise: expected a noise factor in [0, 1), got ${input.noise}`);
  const noiseSpec = input.noise ?? spec.uncertainty?.weightNoise ?? 0;
  const noise = new Float64Array(fw.nRows);
  for (let r = 0; r < fw.nRows; r++) {
    const lvl = String(fw.level[r]);
    noise[r] = typeof noiseSpec === 'number' ? noiseSpec : Object.hasOwn(noiseSpec, lvl) ? noiseSpec[lvl] : 0;
  }
  const noisy = noise.some((f) => f !== 0);
  const seed = input.seed ?? 1;
  const threshold = spec.aggregate.availabilityThreshold ?? 0;

  // Raw columns per imputation: index 0 is the nominal (spec.impute), 1 + i imputation alternative i.
  const plain = rawColumns(input.data, fw);
  const imputedFor = (im: ImputeSpec | null) =>
    im ? imputeColumns(input.data, fw.codes.slice(0, nI), im).columns : plain;
  const raws = [spec.impute ?? null, ...(imputeAlts ?? [])].map(imputedFor);
  const treatThresholds = spec.treat ?? defaultTreat;
  const treated = new Map<string, Float64Array[]>();
  const treatedFor = (ri: number, winmax: number) => {
    const key = `${ri}|${winmax}`;
    let cols = treated.get(key);
    if (!cols) {
      const raw = raws[ri];
      cols = winmax < 0 ? raw : raw.map((c) => treatColumn(c, { ...treatThresholds, winmax }).values);
      treated.set(key, cols);
    }
    return cols;
  };
  // Every (winmax, normalisation) a draw may use is checked before the first draw, so a degenerate alternative fails
  // the whole run up front (naming the indicator), never halfway or in only one of several threads.
  for (let ri = 0; ri < raws.length; ri++) {
    for (const winmax of new Set([nominalWinmax, ...winmaxes])) {
      const cols = treatedFor(ri, winmax);
      for (const norm of [spec.normalise, ...normAlts]) {
        for (let r = 0; r < nI; r++) {
          checkIndicatorColumn({ code: fw.codes[r], values: raws[ri][r], normalise: norm, treated: false });
          checkIndicatorColumn({ code: fw.codes[r], values: cols[r], normalise: norm, treated: winmax >= 0 });
        }
      }
    }
  }
  // One score buffer per (imputation, winmax, normalisation), indexed [ii + 1][wi + 1][ni + 1] (−1 = nominal):
  // indicator rows filled once, aggregate rows overwritten per draw; its missing-row marks travel with it.
  const perImpute = (winmaxes.length + 1) * (normAlts.length + 1);
  const buffers: (Float64Array | undefined)[] = new Array(raws.length * perImpute);
  const marks: Uint8Array[] = new Array(buffers.length);
  const bufferIndex = (ii: number, wi: number, ni: number) => {
    const slot = (ii + 1) * perImpute + (wi + 1) * (normAlts.length + 1) + ni + 1;
    if (!buffers[slot]) {
      const buf = new Float64Array(fw.nRows * nU);
      const cols = treatedFor(ii + 1, wi < 0 ? nominalWinmax : winmaxes[wi]);
      const norm = ni < 0 ? spec.normalise : normAlts[ni];
      for (let r = 0; r < nI; r++)
        normaliseColumn(cols[r], fw.direction[r], norm, fw.goalposts[r], buf.subarray(r * nU, (r + 1) * nU));
      buffers[slot] = buf;
      marks[slot] = new Uint8Array(fw.nRows);
      markMissingRows(buf, nU, fw, marks[slot]);
    }
    return slot;
  };
  // Arithmetic-mean kernels per buffer for draws with weight noise, built on first use. They round differently from
  // aggregateScores (a few ulps), so draws with nominal weights — the grid, sensitivity to other inputs — and gmean
  // and hmean draws run aggregateScores and reproduce runIndex exactly.
  const kernels: (AmeanKernel | undefined)[] = new Array(buffers.length);
  const nominalBuf = buffers[bufferIndex(-1, -1, -1)] as Float64Array;
  aggregateScores(nominalBuf, nU, fw, fw.weight, spec.aggregate.method, threshold, undefined, units);
  checkAggregateRows({ scores: nominalBuf, nUnits: nU, fw, threshold });
  const nominalRank = rank(nominalBuf.slice(fw.root * nU, (fw.root + 1) * nU));

  const inputs = [
    ...(noisy && !gridMode ? ['weights'] : []),
    ...(winmaxAlts && winmaxAlts.length > 1 ? ['treat.winmax'] : []),
    ...(normAlts.length > 1 ? ['normalise'] : []),
    ...(aggAlts.length > 1 ? ['aggregate'] : []),
    ...(imputeAlts && imputeAlts.length > 1 ? ['impute'] : [])
  ];
  const weights = new Float64Array(fw.nRows);
  const scratch = createAggregateScratch(nU, fw.nRows);
  // One ranker per (buffer, aggregation): a ranker buckets by the value range of its previous call, and the index of
  // a rank-normalised buffer or of a geometric mean spans another range than a min–max arithmetic one, so a shared
  // ranker re-measured its range on most draws of a spec with alternatives.
  const rankers: Ranker[] = new Array(buffers.length * 3);
  const rankerFor = (slot: number, method: AggregateSpec['method']) =>
    (rankers[slot * 3 + (method === 'amean' ? 0 : method === 'gmean' ? 1 : 2)] ??= createRanker(nU));
  const state = new Int32Array(1);
  const rootOffset = fw.root * nU;
  const hasNormAlts = alts.normalise !== undefined;
  const hasAggAlts = alts.aggregate !== undefined;

  return {
    units,
    total,
    nominalRank,
    inputs,
    runDraws(from, to, ranks, vary = {}) {
      const vWinmax = vary.winmax ?? true;
      const vNorm = vary.normalise ?? true;
      const vAgg = vary.aggregate ?? true;
      const vImpute = vary.impute ?? true;
      const vWeights = (vary.weights ?? true) && noisy && !gridMode;
      const exact = (slot: number, method: AggregateSpec['method'], w: Float64Array, d: number) => {
        const buf = buffers[slot] as Float64Array;
        scratch.rowHasNaN.set(marks[slot]);
        aggregateScores(buf, nU, fw, w, method, threshold, scratch, units);
        rankerFor(slot, method)(buf, rootOffset, ranks, (d - from) * nU);
      };
      // A kernel runs two draws at once: draw a waits in its kernel (waiting[slot] = a) until draw b arrives (b < 0:
      // none came, the pair runs for a alone).
      const waiting = new Int32Array(buffers.length).fill(-1);
      const runPair = (slot: number, a: number, b: number) => {
        const k = kernels[slot] as AmeanKernel;
        if (b < 0) k.weights[1].set(k.weights[0]);
        const index = k.run();
        for (let h = 0; h < 2; h++) {
          const d = h ? b : a;
          if (d < 0) continue;
          if (index) rankerFor(slot, 'amean')(index, h * nU, ranks, (d - from) * nU);
          else exact(slot, 'amean', k.weights[h], d);
        }
      };
      for (let d = from; d < to; d++) {
        let wi = -1;
        let ni = -1;
        let ai = -1;
        let ii = -1;
        if (gridMode) {
          // Grid order: winmax fastest, then normalisation, then aggregation (COINr's full-factorial order), then
          // imputation.
          const wn = winmaxes.length * normAlts.length;
          wi = winmaxAlts ? d % winmaxes.length : -1;
          ni = hasNormAlts ? Math.floor(d / winmaxes.length) % normAlts.length : -1;
          ai = hasAggAlts ? Math.floor(d / wn) % aggAlts.length : -1;
          ii = imputeAlts ? Math.floor(d / (wn * aggAlts.length)) : -1;
        } else {
          state[0] = streamState(seed, d);
          const u1 = mulberry32(state);
          const u2 = mulberry32(state);
          const u3 = mulberry32(state);
          if (vWinmax && winmaxAlts) wi = Math.floor(u1 * winmaxes.length);
          if (vNorm && hasNormAlts) ni = Math.floor(u2 * normAlts.length);
          if (vAgg && hasAggAlts) ai = Math.floor(u3 * aggAlts.length);
          // Drawn only when imputation varies, so every other spec keeps its random streams.
          if (imputeAlts) {
            const u4 = mulberry32(state);
            if (vImpute) ii = Math.floor(u4 * imputeAlts.length);
          }
        }
        const slot = bufferIndex(ii, wi, ni);
        const method = (ai < 0 ? spec.aggregate : aggAlts[ai]).method;
        if (!vWeights) {
          exact(slot, method, fw.weight, d);
          continue;
        }
        const k =
          method === 'amean'
            ? (kernels[slot] ??= createAmeanKernel(buffers[slot] as Float64Array, nU, fw, threshold))
            : null;
        const a = waiting[slot];
        const w = k ? k.weights[a < 0 ? 0 : 1] : weights;
        for (let r = 0; r < fw.nRows; r++) w[r] = fw.weight[r] * (1 + noise[r] * (2 * mulberry32(state) - 1));
        if (!k) exact(slot, method, weights, d);
        else if (a < 0) waiting[slot] = d;
        else {
          waiting[slot] = -1;
          runPair(slot, a, d);
        }
      }
      for (let slot = 0; slot < waiting.length; slot++) if (waiting[slot] >= 0) runPair(slot, waiting[slot], -1);
    }
  };
}
