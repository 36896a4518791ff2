import { describe, expect, it } from 'vitest';
import { builtinRef } from '$lib/copy/builtin-refs';
import { getEdition } from './edition';
import { editionData } from './editions';
import { editionRefs } from './edition-refs';

const rows = editionRefs(2026);
const row = (ref: string) => rows.find((r) => r.ref === ref);

describe('editionRefs', () => {
  it('editionRefs lists the 2026 references sorted, each once, each with a value in both locales', () => {
    const refs = rows.map((r) => r.ref);
    expect(refs).toEqual([...refs].sort());
    expect(new Set(refs).size).toBe(refs.length);
    expect(rows.filter((r) => r.en === '' || r.zh === '')).toEqual([]);
  });

  it('editionRefs gives the same value the copy resolves: edition, spec, series, rank, a claim and a section figure', () => {
    const ctx = { edition: getEdition(2026), ...editionData(2026), locale: 'en' as const };
    expect(row('edition')).toEqual({ ref: 'edition', en: '2026', zh: '2026' });
    expect(row('spec:uncertainty.draws')?.en).toBe('1,000');
    expect(row('series:internet-users:CHN:latest')?.en).toBe(builtinRef(ctx, 'series:internet-users:CHN:latest'));
    expect(row('rank:DTDI:CHN:latest')?.en).toBe(builtinRef(ctx, 'rank:DTDI:CHN:latest'));
    expect(rows.some((r) => r.ref.startsWith('claim:') && r.ref.endsWith('.year'))).toBe(true);
    expect(rows.some((r) => r.ref.startsWith('definition/calc:'))).toBe(true);
  });
});
