/** Where a problem was found and what was wrong, so a maintainer can fix the raw file without a debugger. */
export interface DataErrorLocation {
  file: string;
  /** 1-based physical line in the file (or record index for JSON inputs). */
  row?: number;
  column?: string;
  expected: string;
  got: string;
}

export class DataError extends Error {
  readonly file: string;
  readonly row: number | undefined;
  readonly column: string | undefined;
  readonly expected: string;
  readonly got: string;

  constructor(location: DataErrorLocation) {
    const where = [location.file, location.row ?? '', location.column ?? ''].filter((part) => part !== '').join(':');
    super(`${where}: expected ${location.expected}, got ${location.got}`);
    this.name = 'DataError';
    this.file = location.file;
    this.row = location.row;
    this.column = location.column;
    this.expected = location.expected;
    this.got = location.got;
  }
}
