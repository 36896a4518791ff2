import type { CsvValue } from '@dtr/csv';

/** COINr's input files spell a missing value `NA` (R's read.csv default), so the framework files write it as text. */
export function coinMissing(value: CsvValue): CsvValue {
  return value === null || value === undefined ? 'NA' : value;
}
