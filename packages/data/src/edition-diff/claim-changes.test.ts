import { describe, expect, it } from 'vitest';
import type { ClaimRecord, ClaimsLedger } from '../claims/types.ts';
import { claimChanges } from './claim-changes.ts';

const claim = (id: string, value: number, note = ''): ClaimRecord =>
  ({
    id,
    value,
    unit: 'US$ bn',
    year: 2022,
    entity: 'CHN',
    indicator: null,
    topic: 'services',
    text: 't',
    section: 's',
    quote: 'q',
    note,
    author: 'a',
    title: 'b',
    conflicts: []
  }) as ClaimRecord;
const ledger = (claims: ClaimRecord[]): ClaimsLedger => ({ schema: 1, texts: [], claims, conflicts: [] });

describe('claimChanges', () => {
  it('claimChanges reports added, removed and changed values, ignoring reworded notes', () => {
    const r = claimChanges(
      ledger([claim('a', 1), claim('b', 2), claim('c', 3)]),
      ledger([claim('a', 1, 'reworded'), claim('b', 2.5), claim('d', 4)])
    );
    expect(r).toEqual({
      added: ['d'],
      removed: ['c'],
      changed: [{ id: 'b', fields: [{ field: 'value', from: 2, to: 2.5 }] }]
    });
  });
});
