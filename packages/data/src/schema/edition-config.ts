import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';

/**
 * `editions/<year>/config/edition.json`, what a maintainer sets per edition (`pnpm edition new` writes it): the
 * publication date, fixed so a rebuild never changes the manifest's bytes, and the ETL step set the edition runs.
 */
export const editionConfigSchema = z.strictObject({
  published: isoDateSchema,
  steps: z.number().int()
});
