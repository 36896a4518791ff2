import type { z } from 'zod';
import { parseWith } from '../../schema/parse-with.ts';
import type { SeriesEntry } from './series-reader.ts';

/** A catalogue entry's `code`, checked against the values its reader knows: a wrong one names the series. */
export function readerCode<S extends z.ZodType>({ entry, schema }: { entry: SeriesEntry; schema: S }): z.infer<S> {
  return parseWith({ schema, value: entry.code, file: `config/series.json (${entry.id}, reader ${entry.reader}) code` });
}
