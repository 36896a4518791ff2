import { z } from 'zod';
import { DataError } from '../../errors/data-error.ts';
import { readItuAggregates } from '../read/read-itu-aggregates.ts';
import { readerOptions } from './reader-options.ts';
import type { SeriesReader } from './series-reader.ts';

const schema = z.strictObject({ firstYear: z.number().int() });

/**
 * `itu-aggregates`: the ITU Facts and Figures workbook, `code` "indicator|block" (e.g. "International bandwidth
 * usage|Tbit"), the rows of the regions in names.itu.regions from firstYear; a region missing from the file fails.
 */
export const ituAggregatesReader: SeriesReader = {
  read: async ({ entry, ctx, names }) => {
    const { firstYear } = readerOptions({ entry, schema });
    const [indicator, block] = entry.code.split('|');
    const regions = names.itu.regions;
    const cells = await readItuAggregates(ctx, { file: entry.file, indicator, block });
    const wanted = cells.filter((c) => c.label in regions && c.year >= firstYear);
    for (const label of Object.keys(regions))
      if (!wanted.some((c) => c.label === label))
        throw new DataError({ file: entry.file, column: 'A', expected: `a row "${label}" under "${indicator}"`, got: 'none' });
    return wanted.map((c) => ({ entity: regions[c.label], year: c.year, value: c.value, file: c.file, line: c.row, column: c.column }));
  }
};
