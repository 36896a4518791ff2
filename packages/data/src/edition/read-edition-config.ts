import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DataError } from '../errors/data-error.ts';
import { readJsonFile } from '../json/read-json-file.ts';
import { editionConfigSchema } from '../schema/edition-config.ts';
import { parseWith } from '../schema/parse-with.ts';

export type EditionConfig = z.infer<typeof editionConfigSchema>;

/** The file holding an edition's own settings, inside its `config/`. */
export const EDITION_CONFIG_FILE = 'edition.json';

/** The edition's settings (`<configDir>/edition.json`), validated: file and JSON path on a wrong shape. */
export function readEditionConfig({ configDir }: { configDir: string }): EditionConfig {
  const file = join(configDir, EDITION_CONFIG_FILE);
  if (!existsSync(file))
    throw new DataError({ file, expected: "the edition's settings (run pnpm edition new <year>)", got: 'no such file' });
  return parseWith({ schema: editionConfigSchema, value: readJsonFile({ file }), file });
}
