import { readFileSync } from 'node:fs';
import { DataError } from '../errors/data-error.ts';

/** A JSON file's value; a file that is not JSON fails with its name and the parser's message. */
export function readJsonFile({ file }: { file: string }): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DataError({ file, expected: 'valid JSON', got: (e as Error).message });
  }
}
