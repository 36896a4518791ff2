import type { CoinData } from '../index/coinData.ts';
import { readCoinCsv } from '../index/readCoinCsv.ts';

/**
 * Reads the iData / iMeta pair and the optional spec named on the command line: parse errors name the file, row
 * and column (readCoinCsv) or the file and JSON error.
 */
export function readIndexInputs({
  dataFile,
  metaFile,
  specFile,
  readFile
}: {
  dataFile: string;
  metaFile: string;
  specFile?: string;
  readFile: (path: string) => string;
}): { data: CoinData; spec: unknown; specName: string } {
  const data = readCoinCsv({ dataText: readFile(dataFile), metaText: readFile(metaFile), dataFile, metaFile });
  if (specFile === undefined) return { data, spec: {}, specName: 'spec' };
  const text = readFile(specFile);
  try {
    return { data, spec: JSON.parse(text), specName: specFile };
  } catch (e) {
    throw new Error(`${specFile}: not valid JSON (${(e as Error).message})`);
  }
}
