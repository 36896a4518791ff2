/**
 * A bad input file, located precisely: file, row (1-based line of the record, header = 1), column, what was
 * expected and what was found.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly column: string,
    readonly expected: string,
    readonly got: string
  ) {
    super(`${file}: row ${row}, column ${column}: expected ${expected}, got ${JSON.stringify(got)}`);
    this.name = 'InputError';
  }
}
