import { z } from 'zod';
import { auditSchema } from './audit.ts';

const scores = z.array(z.number().nullable());
const ranks = z.array(z.int().min(1).nullable());

/**
 * `index/results.json`, written by the edition build (@dtr/pipeline): the published index computed once, so no site
 * build or page runs it again. Arrays follow `units` (framework.json's order); null = no score. `audit` is the
 * statistical audit the build computes; `sensitivity` the slot for the sensitivity analysis, null until a build fills it.
 */
export const resultsSchema = z.strictObject({
  schema: z.literal(2),
  units: z.array(z.string()),
  /** Row codes: indicators, pillars, index (last). */
  codes: z.array(z.string()),
  /** Row code → score per unit. */
  scores: z.record(z.string(), scores),
  rank: ranks,
  /** Median and 5th / 95th percentile rank (interpolated, not rounded) over `draws` Monte Carlo draws from `seed`. */
  uncertainty: z
    .strictObject({ draws: z.int().min(1), seed: z.int(), median: scores, q05: scores, q95: scores })
    .nullable(),
  /** The method log of the nominal run: effective weights, winsorised points, log-transformed indicators, gaps. */
  log: z.strictObject({
    weights: z.record(z.string(), z.number()),
    treated: z.array(
      z.strictObject({
        code: z.string(),
        unit: z.string(),
        flag: z.enum(['winhi', 'winlo']),
        raw: z.number(),
        treated: z.number()
      })
    ),
    logged: z.array(z.string()),
    missing: z.array(z.strictObject({ code: z.string(), units: z.array(z.string()) })),
    imputed: z.array(z.strictObject({ code: z.string(), unit: z.string(), value: z.number() }))
  }),
  /** The statistical audit (null in a results file written before the build computed it). */
  audit: auditSchema.nullable(),
  sensitivity: z.unknown().nullable()
});
