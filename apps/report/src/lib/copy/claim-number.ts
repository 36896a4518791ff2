import type { ClaimRecord } from '@dtr/data';

/** A claim's printed value for arithmetic; a named claim (no value, unit `agreement`) has none, and that is an error. */
export function claimNumber({ claim }: { claim: Pick<ClaimRecord, 'id' | 'value' | 'unit'> }): number {
  if (claim.value === null)
    throw new Error(`Claim ${claim.id}: a named claim (unit "${claim.unit}") holds no number to compute with`);
  return claim.value;
}
