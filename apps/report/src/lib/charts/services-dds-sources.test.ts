import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { servicesDdsSources } from './services-dds-sources';

describe('servicesDdsSources', () => {
  it('sets UNCTAD 2022 (207.0 + 157.2 = 364.2 bn) beside the texts’ 371.08 and 372.7 bn (±1 US$)', () => {
    const m = servicesDdsSources(getEdition(2026), {
      conflict: 'dds-china-2022-value',
      exports: 'dds-exports',
      imports: 'dds-imports'
    });
    expect(m.year).toBe(2022);
    expect(m.unctad.exports).toBeCloseTo(207007e6, 0);
    expect(m.unctad.imports).toBeCloseTo(157158e6, 0);
    expect(m.unctad.total).toBeCloseTo(364165e6, 0);
    expect(m.group.dataset?.value).toBe(364165);
    // The expo text's garbled 2022.3727 bn is read as 372.7 bn, as the ledger records.
    expect(m.stated.map((s) => [s.claim.id, Math.round(s.total / 1e6)])).toEqual([
      ['yu-dds-2022-value', 371080],
      ['expo-dds-2022-value', 372700]
    ]);
  });
});
