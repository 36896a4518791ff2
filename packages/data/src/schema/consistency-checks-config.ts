import { z } from 'zod';

/** One stored value: a series' cell; `units: true` multiplies it by the series' scale (so US$ mn and US$ compare). */
const termSchema = z.strictObject({
  series: z.string().min(1),
  entity: z.string().min(1),
  year: z.int(),
  units: z.boolean().optional()
});

/**
 * `editions/<year>/config/checks.json`: the edition's cross-source spot checks against figures its sources publish
 * (SOURCES.md), which guard against unit, vintage or join mistakes in the ETL. A check sums `sum`, divides by the sum
 * of `over` when given, and must land within `tolerance` of `expected`; a missing cell fails it.
 */
export const consistencyChecksSchema = z.array(
  z.strictObject({
    id: z.string().min(1),
    sum: z.array(termSchema).min(1),
    over: z.array(termSchema).min(1).optional(),
    expected: z.number(),
    tolerance: z.number().nonnegative()
  })
);

export type ConsistencyCheck = z.infer<typeof consistencyChecksSchema>[number];
export type ConsistencyTerm = ConsistencyCheck['sum'][number];
