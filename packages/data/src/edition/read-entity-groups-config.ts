import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DataError } from '../errors/data-error.ts';
import { readJsonFile } from '../json/read-json-file.ts';
import { entityGroupsConfigSchema } from '../schema/entity-groups-config.ts';
import { parseWith } from '../schema/parse-with.ts';

export type EntityGroupsConfig = z.infer<typeof entityGroupsConfigSchema>;

/** How the edition groups its entities (`<configDir>/entity-groups.json`), validated with the JSON path on error. */
export function readEntityGroupsConfig({ configDir }: { configDir: string }): EntityGroupsConfig {
  const file = join(configDir, 'entity-groups.json');
  if (!existsSync(file)) throw new DataError({ file, expected: "the edition's entity groups", got: 'no such file' });
  return parseWith({ schema: entityGroupsConfigSchema, value: readJsonFile({ file }), file });
}
