import { z } from 'zod';

/** A COINr-style CSV cell: a four-digit year, or `NA` (null). */
export const yearOrNaCell = z
  .string()
  .regex(/^(\d{4}|NA)$/, 'a four-digit year or NA')
  .transform((v) => (v === 'NA' ? null : Number(v)));

/** A COINr-style CSV cell: a plain decimal number, or `NA` (null). */
export const numberOrNaCell = z
  .string()
  .regex(/^(NA|[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)$/, 'a number or NA')
  .transform((v) => (v === 'NA' ? null : Number(v)));
