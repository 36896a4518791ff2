import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
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
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DataError({ file, expected: 'valid JSON', got: (e as Error).message });
  }
  return { ...parseWith({ schema: frameworkConfigSchema, value, file }), edition };
}
