import { describe, expect, it } from 'vitest';
import { claimsToCsv, CSV_COLUMNS } from './to-csv.ts';
import { fixtureClaim } from './claims-fixture.ts';
import type { ClaimRecord } from './types.ts';

describe('claimsToCsv', () => {
  const record: ClaimRecord = {
    ...fixtureClaim({ quote: 'reaching 2.1 trillion yuan, a "record"', reading: { value: 2.1, year: 2022 } }),
    author: 'Yu Ya',
    title: 'Status, problems, countermeasures',
    conflicts: ['g1', 'g2']
  };

  it('writes a header, LF line ends and a final LF', () => {
    const csv = claimsToCsv([record]);
    const lines = csv.split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('writes one row per claim in column order', () => {
    const row = claimsToCsv([record]).split('\n')[1];
    expect(row).toBe(
      'tx-cbec-2022-value,t1,Yu Ya,"Status, problems, countermeasures",2.2.1,goods,CHN,,2022,2.1,trillion yuan,,,2.1,2022,' +
        '"reaching 2.1 trillion yuan, a ""record""",Cross-border e-commerce in 2022.,g1;g2'
    );
  });
});
