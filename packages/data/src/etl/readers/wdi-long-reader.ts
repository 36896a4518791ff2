import { z } from 'zod';
import { readWdiLong } from '../read/read-wdi-long.ts';
import { readerOptions } from './reader-options.ts';
import type { SeriesReader } from './series-reader.ts';

const schema = z.strictObject({ firstYear: z.number().int(), lastYear: z.number().int() });

/** `wdi-long`: a WDI indicator file in long form (one row per economy and year), the years firstYear–lastYear. */
export const wdiLongReader: SeriesReader = {
  read: ({ entry, ctx }) => {
    const { firstYear, lastYear } = readerOptions({ entry, schema });
    return readWdiLong(ctx, entry.file, { min: firstYear, max: lastYear });
  }
};
