import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors/data-error.ts';
import { readJsonFile } from '../json/read-json-file.ts';
import { consistencyChecksSchema, type ConsistencyCheck } from '../schema/consistency-checks-config.ts';
import { parseWith } from '../schema/parse-with.ts';

/** The edition's spot checks against its sources' published figures (`<configDir>/checks.json`), validated. */
export function readConsistencyChecks({ configDir }: { configDir: string }): ConsistencyCheck[] {
  const file = join(configDir, 'checks.json');
  if (!existsSync(file))
    throw new DataError({ file, expected: "the edition's consistency checks", got: 'no such file' });
  return parseWith({ schema: consistencyChecksSchema, value: readJsonFile({ file }), file });
}
