import type { z } from 'zod';
import { DataError } from '../errors/data-error.ts';
import { showValue } from '../errors/show-value.ts';
import { issueExpected } from './issue-expected.ts';
import { jsonPath } from './json-path.ts';

const valueAt = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    value
  );

/**
 * Validates `value` against a schema and returns it typed; otherwise throws a DataError naming the file, the JSON path
 * of the first problem (a misspelt key is named itself: `$.name.eng`), what was expected and what was there.
 */
export function parseWith<S extends z.ZodType>({
  schema,
  value,
  file
}: {
  schema: S;
  value: unknown;
  file: string;
}): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
  if (issue.code === 'unrecognized_keys') {
    throw new DataError({
      file,
      column: jsonPath([...issue.path, issue.keys[0]]),
      expected: 'only the keys the schema defines',
      got: `an unknown key ${JSON.stringify(issue.keys[0])}${more}`
    });
  }
  const got = valueAt(value, issue.path);
  throw new DataError({
    file,
    column: jsonPath(issue.path),
    expected: issueExpected(issue),
    got: `${got === undefined ? 'nothing' : showValue(typeof got === 'string' ? got : JSON.stringify(got))}${more}`
  });
}
