import { z } from 'zod';
import { localisedSchema } from './localised.ts';

export const categorySchema = z.enum(['goods', 'services', 'data', 'infrastructure', 'gvc', 'economy']);

/** What values a series may hold (src/gate/series-rule.ts): sign, bounds, placeholder zeros, excluded cells. */
export const seriesRuleSchema = z.strictObject({
  sign: z.literal('nonnegative').optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  placeholderZeros: z.literal('null').optional(),
  excluded: z.array(z.strictObject({ entity: z.string(), year: z.int(), reason: z.string() })).optional(),
  note: z.string().optional()
});

export const indicatorSchema = z.strictObject({
  id: z.string().min(1),
  name: localisedSchema,
  definition: localisedSchema,
  unit: z.string(),
  scale: z.number().positive(),
  category: categorySchema,
  sourceId: z.string(),
  licence: z.string(),
  vintage: z.string(),
  coverage: z.strictObject({ entities: z.int().min(0), firstYear: z.int(), lastYear: z.int() }),
  rules: seriesRuleSchema.optional()
});

export const catalogueV1Schema = z.strictObject({ schema: z.literal(1), indicators: z.array(indicatorSchema) });
export const catalogueSchema = z.strictObject({ schema: z.literal(2), indicators: z.array(indicatorSchema) });
