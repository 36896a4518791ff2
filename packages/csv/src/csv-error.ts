/** A CSV that cannot be read as records, located by file and the line where the bad record starts. */
export class CsvError extends Error {
  readonly file: string;
  readonly row: number;
  readonly expected: string;
  readonly got: string;

  constructor({ file, row, expected, got }: { file: string; row: number; expected: string; got: string }) {
    super(`${file}:${row}: expected ${expected}, got ${got}`);
    this.name = 'CsvError';
    this.file = file;
    this.row = row;
    this.expected = expected;
    this.got = got;
  }
}
