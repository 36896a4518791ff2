import { z } from 'zod';
import { readSdmxCsv } from '../read/read-sdmx-csv.ts';
import { readerOptions } from './reader-options.ts';
import type { SeriesReader } from './series-reader.ts';

const schema = z.strictObject({ unitMeasure: z.string(), unitMult: z.string() });

/** `sdmx-csv`: the rows of indicator `code` in an SDMX CSV (UNCTAD Data360, ITU via Data360), one unit and multiplier. */
export const sdmxCsvReader: SeriesReader = {
  read: ({ entry, ctx }) => readSdmxCsv(ctx, { file: entry.file, indicator: entry.code, ...readerOptions({ entry, schema }) })
};
