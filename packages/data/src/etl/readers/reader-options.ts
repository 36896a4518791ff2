import type { z } from 'zod';
import { parseWith } from '../../schema/parse-with.ts';
import type { SeriesEntry } from './series-reader.ts';

/** A catalogue entry's `options`, checked against its reader's schema: a wrong one names the series and the key. */
export function readerOptions<S extends z.ZodType>({ entry, schema }: { entry: SeriesEntry; schema: S }): z.infer<S> {
  return parseWith({ schema, value: entry.options ?? {}, file: `config/series.json (${entry.id}, reader ${entry.reader}) options` });
}
