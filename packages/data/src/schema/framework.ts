import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';
import { localisedSchema } from './localised.ts';

const sourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('series'), series: z.string(), factor: z.number().optional() }),
  z.strictObject({ kind: z.literal('ratio'), numerator: z.string(), denominator: z.string(), factor: z.number() })
]);

export const frameworkIndicatorSchema = z.strictObject({
  code: z.string().min(1),
  name: localisedSchema,
  pillar: z.string(),
  unit: z.string(),
  source: sourceSchema,
  window: z.tuple([z.int(), z.int()]),
  direction: z.union([z.literal(1), z.literal(-1)]),
  weight: z.number().min(0),
  goalposts: z.tuple([z.number(), z.number()]),
  goalpostRule: z.enum(['fixed', 'p95']),
  coverage: z.int().min(0),
  years: z.record(z.string(), z.int()),
  note: localisedSchema
});

export const frameworkAggregateSchema = z.strictObject({
  code: z.string().min(1),
  name: localisedSchema,
  level: z.int().min(2),
  parent: z.string().nullable(),
  weight: z.number().min(0),
  /** The pillar's coverage rule (config/framework.json), absent when it has none. */
  minIndicators: z.int().min(1).optional(),
  note: localisedSchema
});

const frameworkShape = {
  edition: z.int(),
  code: z.string(),
  name: localisedSchema,
  availabilityThreshold: z.number(),
  briDate: isoDateSchema,
  screening: z.strictObject({
    candidates: z.int(),
    kept: z.int(),
    counted: z.array(z.string()),
    required: z.int(),
    dropped: z.array(z.strictObject({ code: z.string(), available: z.int() }))
  }),
  indicators: z.array(frameworkIndicatorSchema),
  aggregates: z.array(frameworkAggregateSchema),
  units: z.array(
    z.strictObject({
      code: z.string(),
      name: localisedSchema,
      region: z.string(),
      income: z.string(),
      bri: z.boolean(),
      m49: z.string().nullable()
    })
  )
};

/** `index/framework.json`: what the method page and the explorer say about the index. */
export const frameworkV1Schema = z.strictObject({ schema: z.literal(1), ...frameworkShape });
export const frameworkSchema = z.strictObject({ schema: z.literal(2), ...frameworkShape });
