import { rank } from '../rank.ts';
import { aggregateScores } from './aggregate-scores.ts';
import { checkAggregateRows } from './check-aggregate-rows.ts';
import { checkIndicatorColumn } from './check-indicator-column.ts';
import type { CoinData } from './coin-data.ts';
import { compileFramework } from './compile-framework.ts';
import { imputeColumns, type ImputedCell } from './impute-columns.ts';
import type { IndexSpec } from './index-spec.ts';
import { normaliseColumn } from './normalise-column.ts';
import { rawColumns } from './raw-columns.ts';
import { resolveSpec } from './resolve-spec.ts';
import { treatColumn, type ColumnTreatment } from './treat-column.ts';

export interface MethodLog {
  /** The spec as run, defaults filled. */
  spec: IndexSpec;
  /** Effective weight of every indicator and aggregate within its parent. */
  weights: Record<string, number>;
  /** Units missing each indicator in the raw data (before imputation); indicators with none are left out. */
  missing: { code: string; units: string[] }[];
  imputed: ImputedCell[];
  /** One entry per indicator when treatment ran. */
  treatment: ({ code: string } & Omit<ColumnTreatment, 'values' | 'points'>)[];
  /** Every cell that winsorising changed. */
  treatedPoints: { code: string; unit: string; flag: 'winhi' | 'winlo'; raw: number; treated: number }[];
}

export interface IndexResult {
  units: string[];
  /** Row codes of `scores`: the indicators (normalised), then the aggregates by level; the last row is the index. */
  codes: string[];
  /** Row-major nRows × nUnits: scores[r · units.length + u]. */
  scores: Float64Array;
  /** The index row (a copy), and its rank (1 = best, ties share the lower rank). */
  index: Float64Array;
  rank: Float64Array;
  log: MethodLog;
}

/**
 * The COINr 1.1 pipeline: impute (optional) → treat (optional) → normalise (direction first) → aggregate level by
 * level → rank. `spec` may be partial; see `resolveSpec`.
 */
export function runIndex({
  data,
  spec: specInput,
  specName
}: {
  data: CoinData;
  spec?: unknown;
  specName?: string;
}): IndexResult {
  const spec = resolveSpec(specInput ?? {}, specName);
  const fw = compileFramework(data.meta, spec.weights);
  const nU = data.units.length;
  const indicatorCodes = fw.codes.slice(0, fw.nIndicators);
  let columns = rawColumns(data, fw);
  const missing = indicatorCodes
    .map((code, r) => ({ code, units: data.units.filter((_, u) => columns[r][u] !== columns[r][u]) }))
    .filter((m) => m.units.length > 0);
  let imputed: ImputedCell[] = [];
  if (spec.impute) ({ columns, imputed } = imputeColumns(data, indicatorCodes, spec.impute));
  const check = (cols: Float64Array[], treated: boolean) =>
    cols.forEach((values, r) =>
      checkIndicatorColumn({ code: indicatorCodes[r], values, normalise: spec.normalise, treated })
    );
  check(columns, false);
  const treatment: MethodLog['treatment'] = [];
  const treatedPoints: MethodLog['treatedPoints'] = [];
  if (spec.treat) {
    const treat = spec.treat;
    columns = columns.map((col, r) => {
      const { values, points, ...summary } = treatColumn(col, treat);
      treatment.push({ code: indicatorCodes[r], ...summary });
      for (const p of points)
        treatedPoints.push({
          code: indicatorCodes[r],
          unit: data.units[p.unit],
          flag: p.flag,
          raw: p.raw,
          treated: p.treated
        });
      return values;
    });
    check(columns, true);
  }
  const scores = new Float64Array(fw.nRows * nU);
  for (let r = 0; r < fw.nIndicators; r++) {
    normaliseColumn(
      columns[r],
      fw.direction[r],
      spec.normalise,
      fw.goalposts[r],
      scores.subarray(r * nU, (r + 1) * nU)
    );
  }
  aggregateScores(
    scores,
    nU,
    fw,
    fw.weight,
    spec.aggregate.method,
    spec.aggregate.availabilityThreshold ?? 0,
    undefined,
    data.units
  );
  checkAggregateRows({ scores, nUnits: nU, fw, threshold: spec.aggregate.availabilityThreshold ?? 0 });
  const index = scores.slice(fw.root * nU, (fw.root + 1) * nU);
  const weights: Record<string, number> = Object.create(null);
  fw.codes.forEach((code, r) => (weights[code] = fw.weight[r]));
  return {
    units: data.units,
    codes: fw.codes,
    scores,
    index,
    rank: rank(index),
    log: { spec, weights, missing, imputed, treatment, treatedPoints }
  };
}
