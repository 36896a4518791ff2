import { DataError } from '../errors/data-error.ts';
import type { Source } from '../schema/types.ts';

/**
 * The registry source whose `files` list `file` (a path relative to the raw folder), so that an ETL step
 * reading a fixed file takes its source id and vintage from the edition's `config/sources.json`.
 */
export function sourceForFile({
  sources,
  file,
  registry
}: {
  sources: readonly Source[];
  file: string;
  registry: string;
}): Source {
  const found = sources.filter((s) => s.files.includes(file));
  if (found.length !== 1)
    throw new DataError({
      file: registry,
      expected: `one source whose files list ${file}`,
      got: found.length === 0 ? 'none' : found.map((s) => s.id).join(', ')
    });
  return found[0];
}
