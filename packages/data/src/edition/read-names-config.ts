import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import { readJsonFile } from '../json/read-json-file.ts';
import { type NamesConfig, namesConfigSchema } from '../schema/names-config.ts';
import { parseWith } from '../schema/parse-with.ts';

/** The publishers' names → codes the readers use (`<configDir>/names.data-trade.json`), validated. */
export function readNamesConfig({ configDir }: { configDir: string }): NamesConfig {
  const file = join(configDir, 'names.data-trade.json');
  if (!existsSync(file)) throw new DataError({ file, expected: "the edition's name tables", got: 'no such file' });
  return parseWith({ schema: namesConfigSchema, value: readJsonFile({ file }), file });
}
