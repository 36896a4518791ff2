import { parseCsv, runIndex, runUncertainty } from '@dtr/core';
import { coinData } from '$lib/explorer/coin-data';
import { toResult } from '$lib/explorer/to-result';
import type { ExplorerData, FrameworkFile } from '$lib/explorer/types';

/** The index files of each edition (packages/data/editions/<year>/index/), read at build time. */
const frameworks = import.meta.glob<FrameworkFile>('$editions/*/index/framework.json', {
  eager: true,
  import: 'default'
});
const specs = import.meta.glob<Record<string, unknown>>('$editions/*/index/spec.json', {
  eager: true,
  import: 'default'
});
const texts = import.meta.glob<string>('$editions/*/index/*.csv', { eager: true, query: '?raw', import: 'default' });

/** Draws and seed of the published uncertainty analysis; the explorer runs the same for a reader's spec. */
export const UNCERTAINTY_DRAWS = 1000;
export const UNCERTAINTY_SEED = 1;

const find = <T>(files: Record<string, T>, year: number, name: string): T => {
  const hit = Object.entries(files).find(([path]) => path.includes(`/${year}/index/${name}`));
  if (!hit)
    throw new Error(`Edition ${year} has no index/${name}; run npx tsx packages/data/src/index-framework/cli.ts`);
  return hit[1];
};

export const indexEditions: number[] = Object.keys(frameworks)
  .map((p) => Number(/editions\/(\d{4})\//.exec(p)?.[1]))
  .sort((a, b) => a - b);

/** The raw text of an index file, for downloads. */
export function indexFileText(year: number, name: 'iData.csv' | 'iMeta.csv' | 'iYears.csv'): string {
  return find(texts, year, name);
}

const cache = new Map<number, ExplorerData>();

/**
 * The explorer's data for one edition: the framework, the raw table read from iData.csv (checked against
 * framework.json's unit and indicator order) and the published results with the uncertainty analysis.
 */
export function explorerData(year: number): ExplorerData {
  const hit = cache.get(year);
  if (hit) return hit;
  const framework = find(frameworks, year, 'framework.json');
  const spec = find(specs, year, 'spec.json');
  const iData = parseCsv(find(texts, year, 'iData.csv'), `${year}/index/iData.csv`);
  const iYears = parseCsv(find(texts, year, 'iYears.csv'), `${year}/index/iYears.csv`);
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
