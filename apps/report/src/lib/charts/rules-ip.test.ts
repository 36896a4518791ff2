import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { rulesIp } from './rules-ip';

describe('rulesIp', () => {
  // series/ip-receipts.json and ip-payments.json (WDI, current US$), CHN and USA 2025.
  it('takes the last year all economies report (2025): China pays 46.63 bn and receives 13.07 bn US$ (±1 US$)', () => {
    const m = rulesIp(getEdition(2026), { codes: ['CHN', 'USA'], receipts: 'ip-receipts', payments: 'ip-payments' });
    expect(m.year).toBe(2025);
    expect(m.rows[0]).toEqual({
      code: 'CHN',
      receipts: expect.closeTo(13069938163.36, 0),
      payments: expect.closeTo(46629335623.43, 0)
    });
    expect(m.rows[1].receipts).toBeCloseTo(189145000000, 0);
  });
});
