import type { CoinData } from '../index/coin-data.ts';
import { readCoinCsv } from '../index/read-coin-csv.ts';
import { readYearsCsv } from '../index/read-years-csv.ts';

/**
 * Reads the iData / iMeta pair, the optional years table (iYears, checked against iData: readYearsCsv) and the
 * optional spec named on the command line: parse errors name the file, row and column or the file and JSON error.
 */
export function readIndexInputs({
  dataFile,
  metaFile,
  specFile,
  yearsFile,
  readFile
}: {
  dataFile: string;
  metaFile: string;
  specFile?: string;
  yearsFile?: string;
  readFile: (path: string) => string;
}): { data: CoinData; spec: unknown; specName: string } {
  const data = readCoinCsv({ dataText: readFile(dataFile), metaText: readFile(metaFile), dataFile, metaFile });
  if (yearsFile !== undefined)
    data.years = readYearsCsv({ text: readFile(yearsFile), file: yearsFile, data, dataFile });
  if (specFile === undefined) return { data, spec: {}, specName: 'spec' };
  const text = readFile(specFile);
  try {
    return { data, spec: JSON.parse(text), specName: specFile };
  } catch (e) {
    throw new Error(`${specFile}: not valid JSON (${(e as Error).message})`);
  }
}
