import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import { readJsonFile } from '../json/read-json-file.ts';
import { consistencyChecksSchema, type ConsistencyCheck } from '../schema/consistency-checks-config.ts';
import { parseWith } from '../schema/parse-with.ts';

/**
 * The edition's spot checks against its sources' published figures (`<configDir>/checks.json`), validated. Errors
 * name the file as `shownAs` (by default its path), with the JSON path: `config/checks.json:$[1].sum[0].series: …`.
 */
export function readConsistencyChecks({
  configDir,
  shownAs = join(configDir, 'checks.json')
}: {
  configDir: string;
  shownAs?: string;
}): ConsistencyCheck[] {
  const path = join(configDir, 'checks.json');
  if (!existsSync(path))
    throw new DataError({ file: shownAs, expected: "the edition's consistency checks", got: 'no such file' });
  let value: unknown;
  try {
    value = readJsonFile({ file: path });
  } catch (error) {
    throw new DataError({ file: shownAs, expected: 'valid JSON', got: (error as DataError).got });
  }
  return parseWith({ schema: consistencyChecksSchema, value, file: shownAs });
}
