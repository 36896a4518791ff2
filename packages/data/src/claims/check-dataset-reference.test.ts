import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDatasetReference } from './check-dataset-reference.ts';
import type { DatasetReference } from './types.ts';

function editionWith(id: string, series: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  mkdirSync(join(dir, 'series'));
  writeFileSync(join(dir, 'series', `${id}.json`), JSON.stringify(series));
  return dir;
}

const dds = editionWith('dds-exports', {
  years: [2021, 2022],
  values: { CHN: [191288, 207007] },
  scale: 1e6,
  unit: 'US$'
});
const ref: DatasetReference = {
  series: 'dds-exports',
  entity: 'CHN',
  year: 2022,
  value: 207007,
  unit: 'US$ mn',
  source: 's'
};

describe('checkDatasetReference', () => {
  it('accepts the edition value, also in another money scale and within 6-digit rounding', () => {
    expect(checkDatasetReference(ref, dds)).toBeNull();
    expect(checkDatasetReference({ ...ref, value: 207.007, unit: 'US$ bn' }, dds)).toBeNull();
    expect(checkDatasetReference({ ...ref, value: 207007.4 }, dds)).toBeNull();
  });

  it('says what the edition holds when the values disagree', () => {
    expect(checkDatasetReference({ ...ref, value: 364165 }, dds)).toBe(
      '207007 US$ mn (series/dds-exports.json, CHN 2022)'
    );
  });

  it('reports a missing observation', () => {
    expect(checkDatasetReference({ ...ref, year: 2023 }, dds)).toBe(
      'a value present in series/dds-exports.json (none for CHN 2023)'
    );
    expect(checkDatasetReference({ ...ref, entity: 'USA' }, dds)).toBe(
      'a value present in series/dds-exports.json (none for USA 2022)'
    );
  });

  it('compares non-money units as plain numbers', () => {
    const edition = editionWith('internet-users', { years: [2021], values: { CHN: [73.0532] }, scale: 1 });
    const internet = { ...ref, series: 'internet-users', year: 2021, unit: '%' };
    expect(checkDatasetReference({ ...internet, value: 73.0532 }, edition)).toBeNull();
    expect(checkDatasetReference({ ...internet, value: 73 }, edition)).toBe(
      '73.0532 % (series/internet-users.json, CHN 2021)'
    );
  });

  it('skips derived references and series the edition does not have', () => {
    expect(checkDatasetReference({ ...ref, series: 'dds-exports + dds-imports', value: 1 }, dds)).toBeNull();
    expect(checkDatasetReference({ ...ref, series: 'services-exports', value: 1 }, dds)).toBeNull();
  });
});
