export { CsvError } from './csv-error.ts';
export { parseCsv } from './parse-csv.ts';
export { spreadsheetSafe } from './spreadsheet-safe.ts';
export { writeCsv } from './write-csv.ts';
export type { CsvRecord } from './parse-csv.ts';
export type { CsvValue } from './write-csv.ts';
