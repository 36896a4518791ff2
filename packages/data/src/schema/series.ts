import { z } from 'zod';

/** One annual indicator for many entities: entity code → one value per entry of `years` (null = not available). */
const seriesShape = {
  id: z.string().min(1),
  sourceId: z.string().min(1),
  unit: z.string(),
  scale: z.number().positive(),
  transformation: z.string(),
  years: z.array(z.int()),
  values: z.record(z.string(), z.array(z.number().nullable()))
};

export const seriesV1Schema = z.strictObject({ schema: z.literal(1), ...seriesShape });
export const seriesSchema = z.strictObject({ schema: z.literal(2), ...seriesShape });
