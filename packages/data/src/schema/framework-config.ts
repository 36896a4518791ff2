import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';
import { localisedSchema } from './localised.ts';
import { specSchema } from './spec.ts';

/** How an indicator's value is read from the edition's series: one series, or a ratio of two in the same year. */
export const indicatorSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('series'), series: z.string(), factor: z.number().optional() }),
  /** numerator × factor / denominator, both taken in the same year (the latest year both have in the window). */
  z.strictObject({ kind: z.literal('ratio'), numerator: z.string(), denominator: z.string(), factor: z.number() })
]);

/** One indicator: the COINr iMeta columns (iCode, iName, Parent, Direction, Weight, goalposts) plus its rules and notes. */
export const indicatorDefinitionSchema = z.strictObject({
  code: z.string().min(1),
  name: localisedSchema,
  pillar: z.string(),
  unit: z.string(),
  source: indicatorSourceSchema,
  /** Inclusive year window: the latest year with a value inside it is used (the coverage rule). */
  window: z.tuple([z.int(), z.int()]),
  direction: z.union([z.literal(1), z.literal(-1)]),
  weight: z.number().min(0),
  /** `fixed` goalposts are natural bounds; `p95` sets the upper goalpost at the 95th percentile of the kept units. */
  goalposts: z.strictObject({ lower: z.number(), upper: z.union([z.number(), z.literal('p95')]) }),
  note: localisedSchema
});

export const aggregateDefinitionSchema = z.strictObject({
  code: z.string().min(1),
  name: localisedSchema,
  level: z.int().min(2),
  parent: z.string().nullable(),
  weight: z.number().min(0),
  note: localisedSchema
});

/**
 * `editions/<year>/config/framework.json`: the index framework a maintainer edits (no code): indicators and aggregates
 * in COINr's iMeta terms with notes, the availability (imputation-free screening) rule, the BRI date and the spec.
 */
export const frameworkConfigSchema = z.strictObject({
  code: z.string().min(1),
  name: localisedSchema,
  /** A unit is kept when it has at least this share of the indicators whose pillar carries weight; no imputation. */
  availabilityThreshold: z.number().min(0).max(1),
  /** Date at which Belt and Road membership is read for the group column. */
  briDate: isoDateSchema,
  indicators: z.array(indicatorDefinitionSchema).min(1),
  aggregates: z.array(aggregateDefinitionSchema).min(1),
  /** The published index spec (DESIGN.md contract), uncertainty with its draws and seed included. */
  spec: specSchema
});
