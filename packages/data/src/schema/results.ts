import { z } from 'zod';

const scores = z.array(z.number().nullable());

/**
 * `index/results.json` (schema 2, written by the edition build): the published index computed once. Arrays follow
 * framework.json's `units` order. `audit` and `sensitivity` are slots for the statistical audit and the sensitivity
 * analysis; null until the build computes them.
 */
export const resultsSchema = z.strictObject({
  schema: z.literal(2),
  units: z.array(z.string()),
  /** Row code (indicator, pillar, index) → score per unit; null = not computed (missing data). */
  scores: z.record(z.string(), scores),
  rank: z.array(z.int().min(1).nullable()),
  uncertainty: z
    .strictObject({
      draws: z.int().min(1),
      seed: z.int(),
      median: scores,
      q05: scores,
      q95: scores
    })
    .nullable(),
  audit: z.unknown().nullable(),
  sensitivity: z.unknown().nullable()
});
