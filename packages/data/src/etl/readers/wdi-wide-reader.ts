import { z } from 'zod';
import { readWdiWide } from '../read/read-wdi-wide.ts';
import { readerOptions } from './reader-options.ts';
import type { SeriesReader } from './series-reader.ts';

const schema = z.strictObject({ skipRecords: z.number().int(), firstYear: z.number().int(), lastYear: z.number().int() });

/** `wdi-wide`: WDI indicator `code` from a wide bulk CSV (one column per year), the years firstYear–lastYear. */
export const wdiWideReader: SeriesReader = {
  read: ({ entry, ctx }) => readWdiWide(ctx, { file: entry.file, indicatorCode: entry.code, ...readerOptions({ entry, schema }) })
};
