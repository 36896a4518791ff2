import { DataError } from '../errors/data-error.ts';
import { jsonPath } from '../schema/json-path.ts';
import type { ConfigSource } from '../schema/types.ts';

export interface SourceWithRole {
  source: ConfigSource;
  /** The raw file (relative to the raw folder) the source names for the role. */
  file: string;
  /** JSON path of that name in the registry, for errors: `$[16].roles["wto-rtas"]`. */
  path: string;
}

/** A `files` entry names `file` exactly, or followed by a note: `…/cable/<id>.json (526 cables)`. */
const lists = (entry: string, file: string) => entry === file || entry.startsWith(`${file} (`);

/**
 * The one source of the registry (`config/sources.json`) whose `roles` name a raw file for `role` (a fixed ETL step's
 * input, e.g. `wdi-country-metadata`), and that file, which must be one of the source's `files`. Errors carry the
 * registry, the JSON path, what was expected and what was found.
 */
export function sourceWithRole({
  sources,
  role,
  registry
}: {
  sources: readonly ConfigSource[];
  role: string;
  registry: string;
}): SourceWithRole {
  const found = sources.flatMap((source, i) => (source.roles?.[role] === undefined ? [] : [{ source, i }]));
  if (found.length !== 1)
    throw new DataError({
      file: registry,
      column: `$[*].roles${jsonPath([role]).slice(1)}`,
      expected: `one source naming the raw file of role "${role}"`,
      got: found.length === 0 ? 'none' : `sources ${found.map(({ source }) => source.id).join(', ')}`
    });
  const [{ source, i }] = found;
  const file = source.roles?.[role] as string;
  const path = jsonPath([i, 'roles', role]);
  if (!source.files.some((entry) => lists(entry, file)))
    throw new DataError({
      file: registry,
      column: path,
      expected: `one of the files of source "${source.id}" (${source.files.join('; ')})`,
      got: JSON.stringify(file)
    });
  return { source, file, path };
}
