import type { Claim, DatasetReference, Difference } from './types.ts';
import { UNITS } from './units.ts';

// Rounded so the published numbers do not carry binary noise (371.08 * 1000 - 364165 = 6915.000000000058).
function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}

/**
 * The claim against a dataset value in the dataset's unit, or null when the units do not convert (a count of users
 * against a rate per 100 people). Uses the claim's `reading` when it has one, since a garbled printed value compares
 * with nothing. A named claim (no value) compares with nothing either.
 */
export function difference(claim: Claim, dataset: DatasetReference): Difference | null {
  const from = UNITS[claim.unit];
  const to = UNITS[dataset.unit];
  if (!from || !to || from.dimension !== to.dimension) return null;
  const usesReading = claim.reading !== undefined;
  const printed = usesReading ? claim.reading!.value : claim.value;
  if (printed === null) return null;
  const claimValue = round((printed * from.scale) / to.scale, 9);
  const absolute = round(claimValue - dataset.value, 6);
  return {
    claim: claim.id,
    usesReading,
    claimValue,
    datasetValue: dataset.value,
    unit: dataset.unit,
    absolute,
    relative: round(absolute / dataset.value, 6)
  };
}
