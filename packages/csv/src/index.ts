export { CsvError } from './csv-error.ts';
export { parseCsv } from './parse-csv.ts';
export { writeCsv } from './write-csv.ts';
export type { CsvRecord } from './parse-csv.ts';
export type { CsvValue } from './write-csv.ts';
