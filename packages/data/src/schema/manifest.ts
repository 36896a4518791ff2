import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';

export const sourceSchema = z.strictObject({
  id: z.string().min(1),
  publisher: z.string(),
  dataset: z.string(),
  vintage: z.string(),
  licence: z.string(),
  licenceUrl: z.url().optional(),
  /** The publisher's own licence or terms wording, quoted exactly (shown where a chart's licence comes from it). */
  terms: z.string().optional(),
  url: z.url(),
  citation: z.string(),
  files: z.array(z.string()),
  caveats: z.array(z.string())
});

/** `manifest.json`, schema 1: `files` was added after the first consumers and is optional. */
export const manifestV1Schema = z.strictObject({
  schema: z.literal(1),
  edition: z.int().min(1900).max(9999),
  published: isoDateSchema,
  sources: z.array(sourceSchema),
  series: z.array(z.string()),
  files: z.array(z.string()).optional()
});

/** `manifest.json`, schema 2: every non-series file of the edition is listed. */
export const manifestSchema = manifestV1Schema.extend({ schema: z.literal(2), files: z.array(z.string()) });
