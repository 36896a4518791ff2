import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import type { SeriesEntry } from '../etl/readers/series-reader.ts';
import { SERIES_READERS } from '../etl/readers/series-readers.ts';
import { readJsonFile } from '../json/read-json-file.ts';
import { parseWith } from '../schema/parse-with.ts';
import { seriesCatalogueSchema } from '../schema/series-catalogue.ts';

/** The edition's one list of series, in the order they are built. */
export const SERIES_CATALOGUE_FILE = 'series.json';

/**
 * The edition's series catalogue (`<configDir>/series.json`), validated: a wrong shape fails with the JSON path, a
 * repeated id or a reader that is not registered with the entry's path and the readers there are.
 */
export function readSeriesCatalogue({ configDir }: { configDir: string }): SeriesEntry[] {
  const file = join(configDir, SERIES_CATALOGUE_FILE);
  if (!existsSync(file)) throw new DataError({ file, expected: "the edition's series catalogue", got: 'no such file' });
  const entries = parseWith({ schema: seriesCatalogueSchema, value: readJsonFile({ file }), file });
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    if (seen.has(entry.id))
      throw new DataError({ file, column: `$[${i}].id`, expected: 'a unique series id', got: JSON.stringify(entry.id) });
    seen.add(entry.id);
    if (!(entry.reader in SERIES_READERS))
      throw new DataError({
        file,
        column: `$[${i}].reader`,
        expected: `one of ${Object.keys(SERIES_READERS).join(', ')}`,
        got: JSON.stringify(entry.reader)
      });
  });
  return entries;
}
