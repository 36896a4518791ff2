import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { servicesIp } from './services-ip';

describe('servicesIp', () => {
  it('computes China’s IP balance as receipts − payments (WDI, hand-checked, ±1 US$)', () => {
    const m = servicesIp(getEdition(2026));
    const i = m.years.indexOf(2023);
    // bx.gsr.royl.cd CHN 2023 = 10,912,600,000; bm.gsr.royl.cd CHN 2023 = 42,727,500,000.
    expect(m.receipts[i]).toBeCloseTo(10912600000, 0);
    expect(m.payments[i]).toBeCloseTo(42727500000, 0);
    expect(m.balance[i]).toBeCloseTo(-31814900000, 0);
  });
});
