import type { z } from 'zod';
import { readTable } from '../csv/read-table.ts';
import { DataError } from '../errors/data-error.ts';
import { showValue } from '../errors/show-value.ts';
import { issueExpected } from './issue-expected.ts';

/**
 * Reads a CSV file whose columns are exactly the keys of `schema` (in that order) and validates every row against it;
 * returns the parsed rows. A wrong header, a ragged row or a bad cell throws a DataError naming the file, the 1-based
 * line, the column, what was expected and what was there.
 */
export function parseCsvWith<S extends z.ZodType>({
  schema,
  columns,
  text,
  file
}: {
  schema: S;
  /** The header the file must have, in order. */
  columns: readonly string[];
  text: string;
  file: string;
}): z.infer<S>[] {
  const table = readTable({ text, file, required: [...columns] });
  if (table.header.join(',') !== columns.join(','))
    throw new DataError({ file, row: 1, expected: `the header ${columns.join(',')}`, got: table.header.join(',') });
  return table.rows.map((row) => {
    const result = schema.safeParse(row.cells);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const column = String(issue.path[0] ?? '');
    throw new DataError({
      file,
      row: row.line,
      column,
      expected: issueExpected(issue),
      got: column in row.cells ? showValue(row.cells[column]) : 'nothing'
    });
  });
}
