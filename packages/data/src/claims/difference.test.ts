import { describe, expect, it } from 'vitest';
import { fixtureClaim } from './claims-fixture.ts';
import { difference } from './difference.ts';

const dataset = {
  series: 'dds-exports + dds-imports',
  entity: 'CHN',
  year: 2022,
  value: 364165,
  unit: 'US$ mn',
  source: 'x'
};

describe('difference', () => {
  it('converts the claim into the dataset unit and rounds away binary noise', () => {
    expect(difference(fixtureClaim({ id: 'c', value: 371.08, unit: 'US$ bn' }), dataset)).toEqual({
      claim: 'c',
      usesReading: false,
      claimValue: 371080,
      datasetValue: 364165,
      unit: 'US$ mn',
      absolute: 6915,
      relative: 0.018989
    });
  });

  it('uses the reading of a garbled value', () => {
    const d = difference(
      fixtureClaim({ id: 'c', value: 2022.3727, unit: 'US$ bn', reading: { value: 372.7, year: 2022 } }),
      dataset
    );
    expect(d?.usesReading).toBe(true);
    expect(d?.claimValue).toBe(372700);
  });

  it('returns null when the units do not convert', () => {
    expect(difference(fixtureClaim({ unit: 'million' }), { ...dataset, unit: 'per 100 people' })).toBeNull();
    expect(difference(fixtureClaim({ unit: 'trillion yuan' }), dataset)).toBeNull();
  });
});
