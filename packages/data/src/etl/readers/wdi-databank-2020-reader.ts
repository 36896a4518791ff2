import { z } from 'zod';
import { numberCell } from '../../csv/number-cell.ts';
import { readTable } from '../../csv/read-table.ts';
import { yearCell } from '../../csv/year-cell.ts';
import type { Observation } from '../observation.ts';
import { readWdiCountryMetadata } from '../read/read-wdi-country-metadata.ts';
import { keepWdiEntity } from '../read/wdi-entity-filter.ts';
import { readerOptions } from './reader-options.ts';
import type { SeriesReader } from './series-reader.ts';

const schema = z.strictObject({ column: z.string(), firstYear: z.number().int(), lastYear: z.number().int() });

/**
 * `wdi-databank-2020`: one column of the October-2020 WDI DataBank extract (long form, NA for missing), the years
 * firstYear–lastYear (SOURCES.md: this vintage only for 2005–2018 shares), economies and kept WDI aggregates.
 */
export const wdiDatabank2020Reader: SeriesReader = {
  read: ({ entry, ctx }) => {
    const { column, firstYear, lastYear } = readerOptions({ entry, schema });
    const file = entry.file;
    const metadata = readWdiCountryMetadata(ctx);
    const table = readTable({ text: ctx.read(file), file, required: ['Time', 'Country Code', column] });
    const observations: Observation[] = [];
    for (const row of table.rows) {
      const year = yearCell(file, row, 'Time', { min: 2000, max: 2020 });
      if (year < firstYear || year > lastYear) continue;
      const entity = row.cells['Country Code'];
      if (!keepWdiEntity(metadata, entity, { file, row: row.line, column: 'Country Code' })) continue;
      const value = numberCell(file, row, column);
      if (value !== null) observations.push({ entity, year, value, file, line: row.line });
    }
    return observations;
  }
};
