import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonFile } from '../json/read-json-file.ts';
import { frameworkConfigSchema } from '../schema/framework-config.ts';
import { parseWith } from '../schema/parse-with.ts';
import type { FrameworkDefinition } from '../schema/types.ts';

/** Where an edition's configuration lives: `editions/<year>/config/` (kept across rebuilds of the edition). */
export const CONFIG_DIR = 'config';

/**
 * The index framework an edition applies, from `<configDir>/framework.json` validated against its schema (a misspelt
 * key fails with the JSON path); null when the edition has no index.
 */
export function readFrameworkConfig({
  configDir,
  edition
}: {
  configDir: string;
  edition: number;
}): FrameworkDefinition | null {
  const file = join(configDir, 'framework.json');
  if (!existsSync(file)) return null;
  return { ...parseWith({ schema: frameworkConfigSchema, value: readJsonFile({ file }), file }), edition };
}
