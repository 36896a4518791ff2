import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError } from '../errors/data-error.ts';
import { readJsonFile } from '../json/read-json-file.ts';
import { configSourceSchema } from '../schema/config-source.ts';
import { parseWith } from '../schema/parse-with.ts';
import type { ConfigSource } from '../schema/types.ts';

/** `config/sources.json`: every dataset the edition may draw on, in the manifest's source shape plus raw-file roles. */
export const sourcesConfigSchema = z.array(configSourceSchema);

/**
 * The edition's source registry (`<configDir>/sources.json`), validated (file and JSON path on error) and checked for
 * duplicate ids. The manifest lists the sources the ETL steps used, in this file's order.
 */
export function readSourcesConfig({ configDir }: { configDir: string }): ConfigSource[] {
  const file = join(configDir, 'sources.json');
  if (!existsSync(file)) throw new DataError({ file, expected: "the edition's source registry", got: 'no such file' });
  const sources = parseWith({ schema: sourcesConfigSchema, value: readJsonFile({ file }), file });
  const seen = new Set<string>();
  sources.forEach((s, i) => {
    if (seen.has(s.id))
      throw new DataError({ file, column: `$[${i}].id`, expected: 'a unique source id', got: JSON.stringify(s.id) });
    seen.add(s.id);
  });
  return sources;
}
