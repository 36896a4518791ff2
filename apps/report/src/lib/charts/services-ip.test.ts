import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { servicesIp } from './services-ip';

describe('servicesIp', () => {
  it('computes China’s IP balance as receipts − payments (WDI, hand-checked, ±1,000 US$)', () => {
    const m = servicesIp(getEdition(2026), { receipts: 'ip-receipts', payments: 'ip-payments' });
    const i = m.years.indexOf(2023);
    // bx.gsr.royl.cd CHN 2023 = 10,912,589,834.43; bm.gsr.royl.cd CHN 2023 = 42,727,512,987.73.
    expect(m.receipts[i]).toBeCloseTo(10912589834.43, -3);
    expect(m.payments[i]).toBeCloseTo(42727512987.73, -3);
    expect(m.balance[i]).toBeCloseTo(-31814923153.3, -3);
  });
});
