import { describe, expect, it } from 'vitest';
import { claimsToCsv, csvField, CSV_COLUMNS } from './to-csv.ts';
import { fixtureClaim } from './claims-fixture.ts';
import type { ClaimRecord } from './types.ts';

describe('csvField', () => {
  it('leaves plain fields bare and empties null and undefined', () => {
    expect(csvField('CHN')).toBe('CHN');
    expect(csvField(371.08)).toBe('371.08');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields holding a comma, a quote, CR or LF and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('the "Internet +" economy')).toBe('"the ""Internet +"" economy"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
  });

  it('keeps non-ASCII text as is', () => {
    expect(csvField('可数字化交付的服务')).toBe('可数字化交付的服务');
  });
});

describe('claimsToCsv', () => {
  const record: ClaimRecord = {
    ...fixtureClaim({ quote: 'reaching 2.1 trillion yuan, a "record"', reading: { value: 2.1, year: 2022 } }),
    author: 'Yu Ya',
    title: 'Status, problems, countermeasures',
    conflicts: ['g1', 'g2']
  };

  it('writes a header, CRLF line ends and a final CRLF', () => {
    const csv = claimsToCsv([record]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('writes one row per claim in column order', () => {
    const row = claimsToCsv([record]).split('\r\n')[1];
    expect(row).toBe(
      'tx-cbec-2022-value,t1,Yu Ya,"Status, problems, countermeasures",2.2.1,goods,CHN,,2022,2.1,trillion yuan,,,2.1,2022,' +
        '"reaching 2.1 trillion yuan, a ""record""",Cross-border e-commerce in 2022.,g1;g2'
    );
  });
});
