import { z } from 'zod';
import { numberOrNaCell, yearOrNaCell } from './csv-cells.ts';

/** The header of `index/external.csv` for the measures method.json names: uCode, each code, then each code's year. */
export function externalColumns(codes: readonly string[]): string[] {
  return ['uCode', ...codes, ...codes.map((c) => `${c}_year`)];
}

/**
 * One row of `index/external.csv` (@dtr/data's externalCsv): a ranked unit's value of each external measure (the audit
 * correlates the index with them) and the year of that value; NA = missing.
 */
export function externalRowSchema(codes: readonly string[]) {
  return z
    .strictObject({
      uCode: z.string().min(1, 'a unit code'),
      ...Object.fromEntries(codes.map((c) => [c, numberOrNaCell])),
      ...Object.fromEntries(codes.map((c) => [`${c}_year`, yearOrNaCell]))
    })
    .transform((r) => {
      const cells = r as Record<string, unknown>;
      return {
        unit: r.uCode,
        values: Object.fromEntries(codes.map((c) => [c, cells[c] as number | null])),
        years: Object.fromEntries(codes.map((c) => [c, cells[`${c}_year`] as number | null]))
      };
    });
}
