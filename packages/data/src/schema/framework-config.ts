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

/**
 * The fields an indicator has in the maintainer's config/framework.json and in the built index/framework.json alike:
 * the COINr iMeta columns (iCode, iName, Parent, Direction, Weight) with unit, source and window. Each file adds its
 * goalposts (and the built one what the build found) before the note, so the fields keep their order.
 */
export const indicatorFields = {
  code: z.string().min(1),
  name: localisedSchema,
  pillar: z.string(),
  unit: z.string(),
  source: indicatorSourceSchema,
  /** Inclusive year window: the latest year with a value inside it is used (the coverage rule). */
  window: z.tuple([z.int(), z.int()]),
  direction: z.union([z.literal(1), z.literal(-1)]),
  weight: z.number().min(0)
};

/** One indicator as the maintainer writes it: the shared fields, goalposts and notes. */
export const indicatorDefinitionSchema = z.strictObject({
  ...indicatorFields,
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
  /**
   * Coverage rule: a unit is ranked only when this pillar (if it carries weight) has at least this many of its
   * indicators after the recency rule. Absent = no per-pillar rule.
   */
  minIndicators: z.int().min(1).optional(),
  note: localisedSchema
});

/** A measure read like an indicator but kept out of the index: the audit correlates the index with it. */
export const externalDefinitionSchema = z.strictObject({
  code: z.string().min(1),
  name: localisedSchema,
  unit: z.string(),
  source: indicatorSourceSchema,
  window: z.tuple([z.int(), z.int()]),
  note: localisedSchema
});

/** The recency rule: how old a value may be before it is dropped (then imputed like any missing cell). */
export const recencyRuleSchema = z.strictObject({
  /**
   * An indicator's reference year is the latest year that at least this share of the economies with a value have
   * reached (their latest value is from that year or later).
   */
  referenceShare: z.number().gt(0).max(1),
  /** A value older than the reference year by more than this many years is dropped. */
  maxAge: z.int().min(0)
});

/** Which economies count as small: population (latest in the window) at or below the threshold. */
export const smallEconomyRuleSchema = z.strictObject({
  series: z.string().min(1),
  window: z.tuple([z.int(), z.int()]),
  threshold: z.number().positive()
});

/**
 * `editions/<year>/config/framework.json`: the index framework a maintainer edits (no code): indicators and aggregates
 * in COINr's iMeta terms with notes, the availability screen and per-pillar coverage, the recency and small-economy
 * rules, the external measures, the BRI date and the spec.
 */
export const frameworkConfigSchema = z.strictObject({
  code: z.string().min(1),
  name: localisedSchema,
  /** A unit is kept when it has at least this share of the indicators whose pillar carries weight; no imputation. */
  availabilityThreshold: z.number().min(0).max(1),
  /** Date at which Belt and Road membership is read for the group column. */
  briDate: isoDateSchema,
  /** Absent = values of any age inside the window are used. */
  recency: recencyRuleSchema.optional(),
  /** Absent = no unit is marked small. */
  smallEconomies: smallEconomyRuleSchema.optional(),
  /** External measures written to index/external.csv for the audit; absent = none. */
  external: z.array(externalDefinitionSchema).optional(),
  indicators: z.array(indicatorDefinitionSchema).min(1),
  aggregates: z.array(aggregateDefinitionSchema).min(1),
  /** The published index spec (DESIGN.md contract), uncertainty with its draws and seed included. */
  spec: specSchema
});
