import { DataError } from '../../errors/data-error.ts';
import { showValue } from '../../errors/show-value.ts';
import { AGGREGATES } from '../../entities/aggregates.ts';
import { isEntityCode } from '../../entities/is-entity-code.ts';
import type { WdiCountryMetadata } from './read-wdi-country-metadata.ts';

/**
 * Decides whether a WDI row is kept: economies and the kept aggregates are; the other WB aggregates are dropped on
 * purpose; a code the canonical metadata does not know is an error.
 */
/** Codes older WDI vintages carry that the canonical 2026-02 metadata no longer lists; dropped explicitly. */
const RETIRED_AGGREGATES = new Set(['INX']); // INX = "Not classified" income group in the Nov-2024 copy

export function keepWdiEntity(
  metadata: Map<string, WdiCountryMetadata>,
  code: string,
  where: { file: string; row: number; column: string }
): boolean {
  const meta = metadata.get(code);
  if (!meta && RETIRED_AGGREGATES.has(code)) return false;
  if (!meta)
    throw new DataError({ ...where, expected: 'a code listed in the WDI country metadata', got: showValue(code) });
  if (meta.region !== '') {
    if (!isEntityCode(code))
      throw new DataError({ ...where, expected: 'an ISO3 code with English and Chinese names', got: showValue(code) });
    return true;
  }
  return code in AGGREGATES;
}
