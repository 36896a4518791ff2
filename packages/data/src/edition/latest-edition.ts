import { readdirSync } from 'node:fs';
import { DataError } from '../errors/data-error.ts';

/** The newest edition present in `editionsDir` (folders named by a four-digit year), so no CLI pins a default year. */
export function latestEdition({ editionsDir }: { editionsDir: string }): number {
  const years = readdirSync(editionsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .map((entry) => Number(entry.name));
  if (years.length === 0)
    throw new DataError({ file: editionsDir, expected: 'at least one edition folder (e.g. 2026/)', got: 'none' });
  return Math.max(...years);
}
