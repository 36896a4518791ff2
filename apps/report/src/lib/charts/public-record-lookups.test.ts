import { describe, expect, it } from 'vitest';
import { publicRecordLookups } from './public-record-lookups';

const record = {
  id: 'digital-china-19th-congress',
  date: '2017-10-18',
  records: { en: '', zh: '' },
  publisher: { en: '', zh: '' },
  title: { original: 't', lang: 'zh' as const, en: 't' },
  licence: "source's terms" as const
};

describe('publicRecordLookups', () => {
  it('dates {calc:record.<id>} to the month: "Oct 2017" in English, "2017年10月" in Chinese; a year stays a year', () => {
    expect(publicRecordLookups({ records: [record], locale: 'en' })).toEqual({
      'record.digital-china-19th-congress': 'Oct 2017'
    });
    expect(publicRecordLookups({ records: [record], locale: 'zh' })).toEqual({
      'record.digital-china-19th-congress': '2017年10月'
    });
    expect(publicRecordLookups({ records: [{ ...record, id: 'y', date: '2017' }], locale: 'en' })).toEqual({
      'record.y': '2017'
    });
  });
});
