import type { CoinData } from '../index/coin-data.ts';
import { runIndex } from '../index/run-index.ts';
import { correlationMatrix } from './correlation-matrix.ts';
import { cronbachAlpha } from './cronbach-alpha.ts';
import { pearsonCorrelation } from './pearson-correlation.ts';
import { principalComponents, type PrincipalComponents } from './principal-components.ts';
import { spearmanCorrelation } from './spearman-correlation.ts';

export interface CorrelationTable {
  codes: string[];
  /** matrix[i][j]: correlation of codes[i] and codes[j] (NaN where undefined). */
  matrix: number[][];
}

export interface AuditResult {
  /** Per aggregate: α of its direct children and how many there are. */
  cronbach: Record<string, { alpha: number; k: number }>;
  /** Every indicator, then every aggregate, in iMeta order. */
  correlation: { pearson: CorrelationTable; spearman: CorrelationTable };
  /** Per aggregate: principal components of its direct children, and their codes. */
  pca: Record<string, PrincipalComponents & { codes: string[] }>;
  /** Per external measure given: its correlations with the index over the units that have both (n of them). */
  external: Record<string, { pearson: number; spearman: number; n: number }>;
}

/**
 * The statistical audit of an index as COINr computes it: runs the spec (imputation, treatment, normalisation,
 * aggregation as in `runIndex`) and audits what it produced — for each aggregate its direct children's scores
 * (treated and normalised indicators at level 2, aggregate scores above), and the correlations of every indicator
 * and aggregate; optionally the index's correlation with external measures (the Handbook's check of a composite
 * against related measures).
 * @see OECD/JRC (2008) Handbook on Constructing Composite Indicators, step 4 (multivariate analysis).
 */
export function runAudit(input: {
  data: CoinData;
  spec?: unknown;
  specName?: string;
  /** Measures outside the index (e.g. ln GDP per capita), one value per unit in `data.units` order, NaN = missing. */
  external?: Record<string, ArrayLike<number>>;
}): AuditResult {
  const r = runIndex(input);
  const nU = r.units.length;
  const row = (code: string) => r.scores.subarray(r.codes.indexOf(code) * nU, (r.codes.indexOf(code) + 1) * nU);
  const meta = input.data.meta;
  const aggregates = meta.filter((m) => m.type === 'Aggregate').map((m) => m.code);
  const codes = [...meta.filter((m) => m.type === 'Indicator').map((m) => m.code), ...aggregates];
  const all = codes.map(row);
  const cronbach: AuditResult['cronbach'] = {};
  const pca: AuditResult['pca'] = {};
  for (const agg of aggregates) {
    const children = meta.filter((m) => m.parent === agg).map((m) => m.code);
    const columns = children.map(row);
    cronbach[agg] = cronbachAlpha({ columns });
    pca[agg] = { codes: children, ...principalComponents({ columns }) };
  }
  const external: AuditResult['external'] = {};
  for (const [name, x] of Object.entries(input.external ?? {})) {
    if (x.length !== nU)
      throw new Error(`audit: external measure ${name} has ${x.length} values, expected ${nU} (one per unit)`);
    const y = r.index;
    let n = 0;
    for (let u = 0; u < nU; u++) if (x[u] === x[u] && y[u] === y[u]) n++;
    external[name] = { pearson: pearsonCorrelation({ x, y }), spearman: spearmanCorrelation({ x, y }), n };
  }
  return {
    cronbach,
    correlation: {
      pearson: { codes, matrix: correlationMatrix({ columns: all, method: 'pearson' }) },
      spearman: { codes: codes.slice(), matrix: correlationMatrix({ columns: all, method: 'spearman' }) }
    },
    pca,
    external
  };
}
