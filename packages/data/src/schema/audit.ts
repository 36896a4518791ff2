import { z } from 'zod';

/** A statistic that is undefined on the data (NaN in core: too few observations, a constant column) is null. */
const stat = z.number().nullable();
const correlationTableSchema = z.strictObject({
  codes: z.array(z.string()),
  /** matrix[i][j]: correlation of codes[i] and codes[j] over the pairwise-complete units. */
  matrix: z.array(z.array(stat))
});
const pcaSchema = z.strictObject({
  codes: z.array(z.string()),
  n: z.int().min(0),
  eigenvalues: z.array(stat),
  varianceExplained: z.array(stat),
  /** loadings[c][i]: weight of codes[i] in component c. */
  loadings: z.array(z.array(stat))
});
/** How the ranking moves against the published one: mean and largest absolute shift over the units both rank. */
const rankShiftSchema = z.strictObject({ meanShift: stat, maxShift: stat });

/**
 * `results.json` → `audit`: the statistical audit of the published index, computed once at edition build by
 * @dtr/pipeline with core's runAudit on the published spec (COINr's definitions, see DESIGN.md), plus the numbers the
 * method's decisions rest on. Versioned on its own (`schema`), so the slot can grow without a new results version.
 */
export const auditSchema = z.strictObject({
  schema: z.literal(1),
  /** The iMeta rows audited, in order: the framework that reaches the index (aggregates of weight 0 and their rows left out). */
  audited: z.array(z.string()),
  /** Per aggregate: Cronbach's α of its direct children and how many there are. */
  cronbach: z.record(z.string(), z.strictObject({ alpha: stat, k: z.int().min(0) })),
  /** Every indicator (treated and normalised), then every aggregate, in iMeta order. */
  correlation: z.strictObject({ pearson: correlationTableSchema, spearman: correlationTableSchema }),
  /** Per aggregate: principal components of its direct children on the correlation matrix of complete cases. */
  pca: z.record(z.string(), pcaSchema),
  /** Principal components of all audited indicators together (treated and normalised), complete cases. */
  pcaIndicators: pcaSchema,
  /**
   * Per external measure (method.json's `external`): its correlation with the index over the n units that have both
   * (Pearson of the values and of their natural logarithm, null when a value is not positive; Spearman), and Spearman's
   * ρ with each indicator's raw values (the redundancy evidence).
   */
  external: z.record(
    z.string(),
    z.strictObject({
      n: z.int().min(0),
      pearson: stat,
      pearsonLn: stat,
      spearman: stat,
      indicators: z.record(z.string(), stat)
    })
  ),
  /** Per indicator that carries weight: the ranking with that indicator's weight set to 0 (the inclusion evidence). */
  withoutIndicator: z.record(z.string(), rankShiftSchema),
  /**
   * The small-economy decision in numbers: the index recomputed without the small economies (method.json's
   * `smallEconomies`), rank per unit in `units` order (null for a small economy), and how the others move against
   * their published order; how many small economies the published top `top` holds.
   */
  smallEconomies: z
    .strictObject({
      count: z.int().min(0),
      top: z.int().min(1),
      inTop: z.int().min(0),
      rankWithout: z.array(z.int().min(1).nullable()),
      shift: rankShiftSchema,
      /** Spearman's ρ of the index with ln population (the small-economy measure), over the ranked units. */
      spearmanLnSize: stat
    })
    .nullable()
});
