import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { chinaFlows } from './china-flows';

describe('chinaFlows', () => {
  it('takes China’s merchandise exports and imports from WDI and their balance (hand-checked, ±1 US$)', () => {
    const m = chinaFlows(getEdition(2026), 'merchandise-exports', 'merchandise-imports');
    const i = m.years.indexOf(2000);
    // WDI TX.VAL.MRCH.CD.WT / TM.VAL.MRCH.CD.WT, CHN 2000: 249,203,000,000 and 225,094,000,000.
    expect(m.exports[i]).toBeCloseTo(249203000000, 0);
    expect(m.imports[i]).toBeCloseTo(225094000000, 0);
    expect(m.balance[i]).toBeCloseTo(24109000000, 0);
  });
});
