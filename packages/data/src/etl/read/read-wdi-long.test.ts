import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { WDI_METADATA_ROLE } from './read-wdi-country-metadata.ts';
import { readWdiLong } from './read-wdi-long.ts';

const META = [
  '\ufeff"Country Code","Region","IncomeGroup","SpecialNotes","TableName",',
  '"CHN","East Asia & Pacific","Upper middle income","","China",',
  '"WLD","","","","World",',
  '"ARB","","","","Arab World",'
].join('\r\n');
// The metadata file is whatever config/sources.json names for the role, here a renamed download.
const META_FILE = 'wdi_2027/Metadata_Country_renamed.csv';
const roles = { [WDI_METADATA_ROLE]: META_FILE };
const read = (...lines: string[]) =>
  readWdiLong(
    fixtureContext(
      {
        [META_FILE]: META,
        'w.csv': ['Country Name,Country Code,Year,Value', ...lines].join('\n')
      },
      roles
    ),
    'w.csv'
  );

describe('readWdiLong', () => {
  it('readWdiLong keeps economies and kept aggregates, drops other WB aggregates', () => {
    expect(read('China,CHN,2024,131.75', 'World,WLD,2024,110', 'Arab World,ARB,2024,99').map((r) => r.entity)).toEqual([
      'CHN',
      'WLD'
    ]);
  });

  it('readWdiLong rejects a code the canonical metadata does not list', () => {
    expect(() => read('Nowhere,NWH,2024,1')).toThrow(
      'w.csv:2:Country Code: expected a code listed in the WDI country metadata, got "NWH"'
    );
  });

  it('readWdiLong rejects a year outside 2000–2025', () => {
    expect(() => read('China,CHN,1999,1')).toThrow('w.csv:2:Year: expected a year in 2000–2025, got "1999"');
  });

  it('readWdiLong rejects a duplicate code in the metadata', () => {
    const ctx = fixtureContext(
      {
        [META_FILE]: `${META}\r\n"CHN","East Asia & Pacific","","","China",`,
        'w.csv': 'Country Name,Country Code,Year,Value\nChina,CHN,2024,1'
      },
      roles
    );
    expect(() => readWdiLong(ctx, 'w.csv')).toThrow(
      `${META_FILE}:5:Country Code: expected one row for CHN, got a duplicate of line 2`
    );
  });
});
