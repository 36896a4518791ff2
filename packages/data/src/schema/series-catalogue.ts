import { z } from 'zod';
import { categorySchema, seriesRuleSchema } from './catalogue.ts';
import { localisedSchema } from './localised.ts';

/**
 * One entry of `editions/<year>/config/series.json`, the edition's one list of series: the reader that computes it
 * (registered by name in `etl/readers/series-readers.ts`), the raw file and code it reads, unit and scale, the rules
 * its values obey, names and definitions in both locales, and the reader's own settings (`options`, checked by it).
 */
export const seriesEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case series id'),
  reader: z.string(),
  file: z.string(),
  /** What the reader reads or computes, in its own terms (an indicator code, a column, a measure). */
  code: z.string(),
  unit: z.string(),
  scale: z.number().positive(),
  category: categorySchema,
  sourceId: z.string(),
  name: localisedSchema,
  definition: localisedSchema,
  transformation: z.string(),
  rules: seriesRuleSchema,
  options: z.record(z.string(), z.unknown()).optional()
});

export const seriesCatalogueSchema = z.array(seriesEntrySchema);
