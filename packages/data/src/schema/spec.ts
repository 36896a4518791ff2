import { z } from 'zod';

/** `index/spec.json`: the index spec contract of DESIGN.md (treat, normalise, aggregate, weights, uncertainty). */
const normaliseSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('minmax'), range: z.tuple([z.number(), z.number()]) }),
  z.strictObject({ method: z.literal('zscore'), mean: z.number(), sd: z.number().positive() }),
  z.strictObject({ method: z.literal('goalposts'), scale: z.number().positive().optional() }),
  z.strictObject({ method: z.literal('rank') })
]);
const aggregateSchema = z.strictObject({
  method: z.enum(['amean', 'gmean', 'hmean']),
  availabilityThreshold: z.number().min(0).max(1).optional()
});
const imputeSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('groupMean'), group: z.string() }),
  z.strictObject({ method: z.literal('groupMedian'), group: z.string() }),
  z.strictObject({ method: z.literal('availableMean') }),
  z.strictObject({ method: z.literal('lastAvailable') }),
  z.strictObject({ method: z.literal('listwise') })
]);
const noiseFactor = z.number().min(0).lt(1);

export const specSchema = z.strictObject({
  treat: z
    .strictObject({
      method: z.literal('winsorise'),
      winmax: z.int().min(0),
      skewThreshold: z.number(),
      kurtosisThreshold: z.number()
    })
    .nullable(),
  normalise: normaliseSchema,
  aggregate: aggregateSchema,
  weights: z.record(z.string(), z.number().min(0)),
  impute: imputeSchema.nullable().optional(),
  uncertainty: z
    .strictObject({
      /** Monte Carlo draws and seed of the published intervals, which the edition build computes. */
      draws: z.int().min(1).optional(),
      seed: z.int().optional(),
      weightNoise: z.union([noiseFactor, z.record(z.string(), noiseFactor)]).optional(),
      alternatives: z.record(z.string(), z.array(z.unknown()).min(1)).optional(),
      /** Saltelli samples, seed and bootstrap resamples of the published variance-based sensitivity analysis. */
      sensitivity: z
        .strictObject({
          samples: z.int().min(2).max(100000),
          seed: z.int().min(0).max(4294967295),
          bootstrap: z.int().min(0).max(10000)
        })
        .optional()
    })
    .optional()
});
