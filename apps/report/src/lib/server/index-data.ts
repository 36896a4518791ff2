import { readCsvTable } from '@dtr/core';
import { publishedResult } from '$lib/explorer/published-result';
import type { ExplorerData } from '$lib/explorer/types';
import { editionData, editionYears } from './editions';

const missing = (year: number, name: string) =>
  new Error(`Edition ${year} has no index/${name}; run pnpm edition build ${year}`);

/**
 * Draws and seed of the published uncertainty analysis (the edition's spec, as the build ran it); the explorer runs the
 * same for a reader's spec.
 */
export function uncertaintyRun(year: number): { draws: number; seed: number } {
  const u = editionData(year).results?.uncertainty;
  if (!u) throw missing(year, 'results.json');
  return { draws: u.draws, seed: u.seed };
}

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
 * framework.json's unit and indicator order) and the results the edition build published (no index is run here).
 */
export function explorerData(year: number): ExplorerData {
  const hit = cache.get(year);
  if (hit) return hit;
  const { framework, spec, results, method, flags } = editionData(year);
  if (!framework) throw missing(year, 'framework.json');
  if (!method) throw missing(year, 'method.json');
  if (!flags) throw missing(year, 'flags.csv');
  if (!spec) throw missing(year, 'spec.json');
  if (!results) throw missing(year, 'results.json');
  const iData = readCsvTable({ text: indexFileText(year, 'iData.csv'), file: `${year}/index/iData.csv` });
  const iYears = readCsvTable({ text: indexFileText(year, 'iYears.csv'), file: `${year}/index/iYears.csv` });
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
  const size = iData.header.indexOf('Size_group');
  if (size < 0) throw new Error(`${year}/index/iData.csv: no column Size_group`);
  const small = framework.units.map((_, n) => {
    const v = iData.rows[n][size];
    if (v !== 'Small' && v !== 'Not small')
      throw new Error(`${year}/index/iData.csv row ${n + 2}, column Size_group: expected Small or Not small, got ${v}`);
    return v === 'Small';
  });
  const smallCodes = framework.units.filter((_, n) => small[n]).map((u) => u.code);
  const listed = method.smallEconomies?.units ?? [];
  if (smallCodes.join() !== listed.join())
    throw new Error(
      `${year}/index/iData.csv Size_group: expected the small economies of method.json (${listed.join(', ') || 'none'}), got ${smallCodes.join(', ') || 'none'}`
    );
  const out: ExplorerData = {
    edition: year,
    framework,
    spec,
    values,
    years,
    small,
    smallThreshold: method.smallEconomies?.threshold ?? null,
    flags,
    published: publishedResult(results),
    sensitivity: results.sensitivity
  };
  cache.set(year, out);
  return out;
}
