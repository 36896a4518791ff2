import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { editionData } from '$lib/server/editions';
import { availableRefs } from './available-refs';
import { builtinRef } from './builtin-refs';

const data = editionData(2026);
const ctx = { edition: getEdition(2026), spec: data.spec, results: data.results, locale: 'zh' as const };

describe('availableRefs', () => {
  it('availableRefs lists every spec leaf, claim, rank and latest series value, each as builtinRef resolves it', () => {
    const refs = availableRefs(ctx);
    expect(refs.get('spec:uncertainty.draws')).toBe(builtinRef(ctx, 'spec:uncertainty.draws'));
    expect(refs.get('rank:DTDI:CHN:latest')).toBe(builtinRef(ctx, 'rank:DTDI:CHN:latest'));
    expect(refs.get('series:gdp:CHN:latest')).toBe(builtinRef(ctx, 'series:gdp:CHN:latest'));
    expect([...refs.keys()].filter((r) => r.startsWith('rank:DTDI:'))).toHaveLength(data.results!.units.length);
    expect([...refs.keys()].some((r) => r.startsWith('claim:'))).toBe(true);
  });
});
