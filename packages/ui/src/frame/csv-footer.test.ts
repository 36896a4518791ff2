import { describe, expect, it } from 'vitest';
import { csvFooter } from './csv-footer.ts';
import { toCsv } from './to-csv.ts';

describe('csvFooter', () => {
  it('csvFooter labels the sources and the licence in the locale, and toCsv appends them after an empty line', () => {
    const footer = csvFooter({ sources: [{ label: 'TeleGeography' }], licence: { label: 'CC BY-NC-SA 3.0' }, locale: 'en' });
    expect(footer).toEqual([['Source', 'TeleGeography'], ['Licence', 'CC BY-NC-SA 3.0']]);
    const csv = toCsv({ rows: [{ year: 2022, n: 1 }], columns: [{ key: 'year', label: 'Year' }, { key: 'n', label: 'N' }], footer });
    expect(csv).toBe('Year,N\n2022,1\n\nSource,TeleGeography\nLicence,CC BY-NC-SA 3.0\n');
    expect(csvFooter({ sources: [{ label: 'a' }, { label: 'b' }], licence: { label: 'x' }, locale: 'zh' })[0][1]).toBe('a; b');
  });
});
