import { SCHEMA_VERSION } from '../schema/types.ts';
import { DataError } from '../errors/data-error.ts';

const SOURCE_FIELDS = ['id', 'publisher', 'dataset', 'vintage', 'licence', 'url', 'citation'] as const;

/** Checks manifest.json against schema v1 and against the series files actually present. */
export function validateManifest(value: unknown, file: string, seriesFiles: string[]): DataError[] {
  const errors: DataError[] = [];
  const fail = (column: string, expected: string, got: unknown) =>
    errors.push(new DataError({ file, column, expected, got: JSON.stringify(got) ?? String(got) }));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('(root)', 'a Manifest object', value);
    return errors;
  }
  const m = value as Record<string, unknown>;
  if (m.schema !== SCHEMA_VERSION) fail('schema', String(SCHEMA_VERSION), m.schema);
  if (!Number.isInteger(m.edition)) fail('edition', 'a year', m.edition);
  if (typeof m.published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(m.published))
    fail('published', 'an ISO date YYYY-MM-DD', m.published);
  if (!Array.isArray(m.sources) || m.sources.length === 0) fail('sources', 'a non-empty array', m.sources);
  else {
    const ids = new Set<string>();
    m.sources.forEach((source: Record<string, unknown>, i: number) => {
      for (const field of SOURCE_FIELDS) {
        if (typeof source?.[field] !== 'string' || (source[field] as string).trim() === '')
          fail(`sources[${i}].${field}`, 'a non-empty string', source?.[field]);
      }
      if (!Array.isArray(source?.files) || !Array.isArray(source?.caveats))
        fail(`sources[${i}]`, 'files and caveats arrays', source);
      if (ids.has(source?.id as string)) fail(`sources[${i}].id`, 'a unique id', source?.id);
      ids.add(source?.id as string);
    });
  }
  if (!Array.isArray(m.series)) fail('series', 'an array of series ids', m.series);
  else {
    const listed = [...m.series].sort();
    const present = [...seriesFiles].sort();
    for (const id of listed) if (!present.includes(id)) fail('series', `a file series/${id}.json`, 'no such file');
    for (const id of present)
      if (!listed.includes(id)) fail('series', `"${id}" listed (series/${id}.json exists)`, 'not listed');
  }
  return errors;
}
