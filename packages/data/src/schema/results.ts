import { z } from 'zod';
import { auditSchema } from './audit.ts';

const scores = z.array(z.number().nullable());
const interval = z.tuple([z.number(), z.number()]);

/**
 * First- and total-order Sobol indices (Saltelli design, Jansen total order, percentile bootstrap intervals at `level`)
 * of the mean absolute rank shift from the nominal ranking, per uncertain input of the spec, from the spec's
 * `uncertainty.sensitivity` samples, seed and bootstrap resamples: what `dtr sensitivity` prints for them.
 */
const sensitivitySchema = z.strictObject({
  samples: z.int().min(2),
  seed: z.int().min(0),
  bootstrap: z.int().min(0),
  level: z.number().gt(0).lt(1),
  output: z.literal('meanAbsRankShift'),
  /** Index runs: samples · (inputs + 2). */
  runs: z.int().min(1),
  inputs: z.array(
    z.strictObject({ input: z.string(), first: z.number(), total: z.number(), firstCI: interval, totalCI: interval })
  )
});
const ranks = z.array(z.int().min(1).nullable());

/**
 * `index/results.json`, written by the edition build (@dtr/pipeline): the published index computed once, so no site
 * build or page runs it again. Arrays follow `units` (framework.json's order); null = no score. `audit` is the
 * statistical audit the build computes; `sensitivity` the variance-based sensitivity analysis it computes.
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
  /** Variance-based sensitivity of the mean absolute rank shift (null when the spec declares no analysis). */
  sensitivity: sensitivitySchema.nullable()
});
