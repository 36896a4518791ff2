import type { ClaimsLedger } from '../claims/types.ts';
import type { ClaimChange } from './types.ts';

/** The fields that make a claim say something different; notes and conflict links may be reworded freely. */
const FIELDS = ['value', 'unit', 'year', 'entity', 'indicator', 'text', 'section', 'quote', 'qualifier'] as const;

/** Claims added, removed, or changed in one of `FIELDS`, matched by id. */
export function claimChanges(
  from: ClaimsLedger,
  to: ClaimsLedger
): { added: string[]; removed: string[]; changed: ClaimChange[] } {
  const before = new Map(from.claims.map((c) => [c.id, c]));
  const after = new Map(to.claims.map((c) => [c.id, c]));
  const changed: ClaimChange[] = [];
  for (const [id, b] of after) {
    const a = before.get(id);
    if (!a) continue;
    const fields = FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f])).map((field) => ({
      field,
      from: a[field],
      to: b[field]
    }));
    if (fields.length > 0) changed.push({ id, fields });
  }
  return {
    added: [...after.keys()].filter((id) => !before.has(id)).sort(),
    removed: [...before.keys()].filter((id) => !after.has(id)).sort(),
    changed: changed.sort((x, y) => (x.id < y.id ? -1 : 1))
  };
}
