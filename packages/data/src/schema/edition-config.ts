import { z } from 'zod';
import { isoDateSchema } from './iso-date.ts';

/**
 * `editions/<year>/config/edition.json`, what a maintainer sets per edition (`pnpm edition new` writes it): the
 * publication date, fixed so a rebuild never changes the manifest's bytes. What the ETL builds is the edition's
 * series catalogue (config/series.json) and name tables, also data.
 */
export const editionConfigSchema = z.strictObject({
  published: isoDateSchema
});
