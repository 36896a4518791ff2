import { z } from 'zod';
import { indicatorSourceSchema } from './framework-config.ts';
import { localisedSchema } from './localised.ts';

const years = z.tuple([z.int(), z.int()]);
const shortfallSchema = z.strictObject({ code: z.string(), available: z.int().min(0), required: z.int().min(1) });

/**
 * `index/method.json`, written with the index framework (@dtr/data's methodJson): the rules the index is built by and
 * what each did to this edition — coverage with every excluded economy and its reasons, recency, imputation, small
 * economies and the external measures the audit correlates the index with. Its own schema version is 1.
 */
export const methodSchema = z.strictObject({
  schema: z.literal(1),
  edition: z.int(),
  coverage: z.strictObject({
    candidates: z.int().min(0),
    kept: z.int().min(0),
    overall: z.strictObject({
      threshold: z.number().min(0).max(1),
      required: z.int().min(0),
      counted: z.array(z.string())
    }),
    pillars: z.array(z.strictObject({ code: z.string(), indicators: z.array(z.string()), required: z.int().min(1) })),
    excluded: z.array(
      z.strictObject({
        code: z.string(),
        name: localisedSchema,
        /** Indicators with a value, of those the overall rule counts. */
        available: z.int().min(0),
        /** Below the overall availability rule. */
        overall: z.boolean(),
        /** Pillars below their own rule. */
        pillars: z.array(shortfallSchema),
        /** Excluded only because the recency rule dropped values. */
        byRecency: z.boolean()
      })
    )
  }),
  recency: z
    .strictObject({
      referenceShare: z.number().gt(0).max(1),
      maxAge: z.int().min(0),
      indicators: z.array(
        z.strictObject({
          code: z.string(),
          window: years,
          referenceYear: z.int().nullable(),
          oldestAllowed: z.int().nullable(),
          carriedForward: z.int().min(0),
          dropped: z.int().min(0)
        })
      ),
      dropped: z.array(
        z.strictObject({ unit: z.string(), indicator: z.string(), year: z.int(), referenceYear: z.int() })
      ),
      unitsAffected: z.array(z.string()),
      unitsExcluded: z.array(z.string())
    })
    .nullable(),
  imputation: z.strictObject({
    method: z.string().nullable(),
    cells: z.int().min(0),
    units: z.int().min(0),
    byIndicator: z.record(z.string(), z.int().min(0)),
    carriedForward: z.int().min(0),
    carriedForwardUnits: z.int().min(0)
  }),
  smallEconomies: z
    .strictObject({ series: z.string(), window: years, threshold: z.number().positive(), units: z.array(z.string()) })
    .nullable(),
  external: z.array(
    z.strictObject({
      code: z.string(),
      name: localisedSchema,
      unit: z.string(),
      source: indicatorSourceSchema,
      window: years,
      coverage: z.int().min(0),
      note: localisedSchema
    })
  )
});
