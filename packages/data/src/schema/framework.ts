import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';
import { aggregateDefinitionSchema, indicatorFields } from './framework-config.ts';
import { localisedSchema } from './localised.ts';

/** An indicator of the built index: the config's fields, the goalposts applied and the coverage the build found. */
export const frameworkIndicatorSchema = z.strictObject({
  ...indicatorFields,
  goalposts: z.tuple([z.number(), z.number()]),
  goalpostRule: z.enum(['fixed', 'p95']),
  coverage: z.int().min(0),
  years: z.record(z.string(), z.int()),
  note: localisedSchema
});

/** An aggregate of the built index: as config/framework.json defines it. */
export const frameworkAggregateSchema = aggregateDefinitionSchema;

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
