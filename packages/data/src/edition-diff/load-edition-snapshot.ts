import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimsLedger } from '../claims/types.ts';
import { DataError } from '../errors/data-error.ts';
import type { IndexResults, Manifest, Series } from '../schema/types.ts';
import { rankRows } from './rank-rows.ts';
import type { EditionSnapshot } from './types.ts';

function readJson<T>(dir: string, file: string): T {
  const path = join(dir, file);
  if (!existsSync(path)) throw new DataError({ file: path, expected: 'an edition file', got: 'no such file' });
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new DataError({ file: path, expected: 'valid JSON', got: (error as Error).message });
  }
}

/** Reads an edition folder for the diff; ranks and intervals come from the index results the edition build wrote. */
export function loadEditionSnapshot(dir: string): EditionSnapshot {
  const manifest = readJson<Manifest>(dir, 'manifest.json');
  const series: Record<string, Series> = {};
  for (const id of manifest.series) series[id] = readJson<Series>(dir, `series/${id}.json`);
  const has = (file: string) => existsSync(join(dir, file));
  return {
    edition: manifest.edition,
    manifest,
    series,
    ...(has('claims.json') ? { claims: readJson<ClaimsLedger>(dir, 'claims.json') } : {}),
    ...(has('index/spec.json') ? { spec: readJson<unknown>(dir, 'index/spec.json') } : {}),
    ...(has('index/results.json') ? { ranks: rankRows(readJson<IndexResults>(dir, 'index/results.json')) } : {})
  };
}

/** Edition years present in an editions folder (four-digit folders with a manifest). */
export function editionYearsIn(editionsDir: string): number[] {
  if (!existsSync(editionsDir)) return [];
  return readdirSync(editionsDir)
    .filter((name) => /^\d{4}$/.test(name) && existsSync(join(editionsDir, name, 'manifest.json')))
    .map(Number)
    .sort((a, b) => a - b);
}
