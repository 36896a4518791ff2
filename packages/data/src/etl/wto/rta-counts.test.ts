import { describe, expect, it } from 'vitest';
import type { Rta } from '../read/read-wto-rtas.ts';
import { rtaCounts } from './rta-counts.ts';

const rta = (over: Partial<Rta>): Rta => ({
  id: 1, name: 'x', status: 'In Force', accession: false, signatureGoods: null, signatureServices: null,
  entryIntoForceGoods: null, entryIntoForceServices: null, inactive: null, signatories: [], specificDates: {}, row: 2, ...over
});

describe('rtaCounts', () => {
  it('rtaCounts counts agreements in force on 31 December, skips accessions and early announcements, and applies a party’s own dates', () => {
    const rtas = [
      rta({ id: 1, entryIntoForceGoods: '2005-01-01', signatories: ['China', 'ASEAN'] }),
      rta({ id: 2, entryIntoForceServices: '2006-07-01', entryIntoForceGoods: '2007-01-01', signatories: ['Chile', 'X'] }),
      rta({ id: 3, entryIntoForceGoods: '2001-01-01', inactive: '2006-06-30', status: 'Inactive', signatories: ['A', 'B'] }),
      rta({ id: 4, entryIntoForceGoods: '1976-06-17', signatories: ['India', 'China'], specificDates: { China: { entry: '2002-01-01', exit: null } } }),
      rta({ id: 5, entryIntoForceGoods: '2002-01-01', accession: true, signatories: ['India', 'China'] }),
      rta({ id: 6, status: 'Early announcement-Signed', entryIntoForceGoods: '2004-01-01', signatories: ['China', 'Y'] })
    ];
    const obs = rtaCounts({ rtas, parties: { CHN: 'China' }, years: { first: 2001, last: 2006 }, file: 'f.xlsx' });
    const at = (entity: string, year: number) => obs.find((o) => o.entity === entity && o.year === year)?.value;
    expect([2001, 2002, 2003, 2004, 2005, 2006].map((y) => at('WLD', y))).toEqual([2, 2, 2, 2, 3, 3]);
    expect([2001, 2002, 2003, 2004, 2005, 2006].map((y) => at('CHN', y))).toEqual([0, 1, 1, 1, 2, 2]);
  });
});
