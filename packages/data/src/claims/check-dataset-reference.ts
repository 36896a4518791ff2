import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetReference } from './types.ts';
import { UNITS } from './units.ts';
import { CLAIM_ID } from './validate-text-file.ts';

// Edition series are rounded to 6 significant digits; anything closer than this is the same number.
const TOLERANCE = 1e-5;

interface SeriesFile {
  years: number[];
  values: Record<string, (number | null)[]>;
  scale: number;
}

/**
 * Compares a conflict group's dataset value with the edition series of the same id, when `series` is a single id and
 * `<editionDir>/series/<id>.json` exists. Returns what was expected when they disagree, else null. Money compares
 * after scaling (the reference in US$ mn, the series in US$ × scale); other units compare as numbers.
 */
export function checkDatasetReference(ref: DatasetReference, editionDir: string): string | null {
  if (!CLAIM_ID.test(ref.series)) return null;
  const file = `series/${ref.series}.json`;
  const path = join(editionDir, file);
  if (!existsSync(path)) return null;
  const series = JSON.parse(readFileSync(path, 'utf8')) as SeriesFile;
  const index = series.years.indexOf(ref.year);
  const raw = index < 0 ? undefined : series.values[ref.entity]?.[index];
  if (raw === undefined || raw === null) return `a value present in ${file} (none for ${ref.entity} ${ref.year})`;
  const unit = UNITS[ref.unit];
  const money = unit?.dimension === 'US$';
  const edition = raw * series.scale;
  const reference = money ? ref.value * unit.scale : ref.value;
  if (Math.abs(edition - reference) <= TOLERANCE * Math.max(Math.abs(edition), Math.abs(reference))) return null;
  const shown = money ? edition / unit.scale : edition;
  return `${shown} ${ref.unit} (${file}, ${ref.entity} ${ref.year})`;
}
