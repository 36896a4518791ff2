import { parseCsv, runIndex, runUncertainty } from '@dtr/core';
import { coinData } from '$lib/explorer/coin-data';
import { toResult } from '$lib/explorer/to-result';
import type { ExplorerData } from '$lib/explorer/types';
import { editionData, editionYears } from './editions';

/** Draws and seed of the published uncertainty analysis; the explorer runs the same for a reader's spec. */
export const UNCERTAINTY_DRAWS = 1000;
export const UNCERTAINTY_SEED = 1;

const missing = (year: number, name: string) =>
  new Error(`Edition ${year} has no index/${name}; run pnpm edition build ${year}`);

/** Editions that have an index (index/framework.json). */
export const indexEditions: number[] = editionYears.filter((y) => editionData(y).framework !== null);

/** The raw text of an index file, for downloads. */
export function indexFileText(year: number, name: 'iData.csv' | 'iMeta.csv' | 'iYears.csv'): string {
  const text = editionData(year).files.get(`index/${name}`);
  if (text === undefined) throw missing(year, name);
  return text;
}

const cache = new Map<number, ExplorerData>();

/**
 * The explorer's data for one edition: the framework, the raw table read from iData.csv (checked against
 * framework.json's unit and indicator order) and the published results with the uncertainty analysis.
 */
export function explorerData(year: number): ExplorerData {
  const hit = cache.get(year);
  if (hit) return hit;
  const { framework, spec } = editionData(year);
  if (!framework) throw missing(year, 'framework.json');
  if (!spec) throw missing(year, 'spec.json');
  const iData = parseCsv(indexFileText(year, 'iData.csv'), `${year}/index/iData.csv`);
  const iYears = parseCsv(indexFileText(year, 'iYears.csv'), `${year}/index/iYears.csv`);
  const codes = framework.indicators.map((i) => i.code);
  const table = (t: typeof iData, file: string) => {
    const cols = codes.map((c) => {
      const k = t.header.indexOf(c);
      if (k < 0) throw new Error(`${file}: no column ${c}`);
      return k;
    });
    return framework.units.map((u, n) => {
      const row = t.rows[n];
      if (row?.[0] !== u.code) throw new Error(`${file} row ${n + 2}: expected ${u.code}, got ${row?.[0]}`);
      return cols.map((k) => (row[k] === 'NA' || row[k] === '' ? null : Number(row[k])));
    });
  };
  const values = table(iData, 'iData.csv');
  const years = table(iYears, 'iYears.csv');
  const data = coinData(framework, values);
  const index = runIndex({ data, spec });
  const uncertainty = runUncertainty({ data, spec, draws: UNCERTAINTY_DRAWS, seed: UNCERTAINTY_SEED });
  const out: ExplorerData = { edition: year, framework, spec, values, years, published: toResult(index, uncertainty) };
  cache.set(year, out);
  return out;
}
