import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import { readNsfKti } from './read-nsf-kti.ts';

const NSF_KTI_FILE = 'ncses_sei_kti_trade/table6234_kti_industries_exports_imports_2002_2018.csv';

const years = Array.from({ length: 17 }, (_, i) => `field_${2002 + i}`);
const HEADER = `table_id,row_id,region_country_or_economy_full_path,region_country_or_economy_level_1,region_country_or_economy_level_2,region_country_or_economy_level_3,region_country_or_economy_hierarchy_depth,${years.join(',')}`;
const row = (path: string[], last: string) =>
  `6234,r,${path.join(' -> ')},${path[0]},${path[1] ?? ''},${path[2] ?? ''},${path.length},${[...Array(16).fill(''), last].join(',')}`;
const read = (...lines: string[]) =>
  readNsfKti(fixtureContext({ [NSF_KTI_FILE]: [HEADER, ...lines].join('\n') }), 'Exports', NSF_KTI_FILE);

describe('readNsfKti', () => {
  it('readNsfKti keeps the published magnitudes (billions), maps labels to ISO3 and drops the rest of the world', () => {
    const rows = read(
      row(['Exports'], ''),
      row(['Exports', 'World'], '7405.7'),
      row(['Exports', 'World', 'Russia '], '50.1'),
      row(['Exports', 'World', 'Rest of the world'], '900'),
      row(['Imports', 'World'], '1')
    );
    expect(rows.filter((r) => r.year === 2018).map((r) => [r.entity, r.value])).toEqual([
      ['WLD', 7405.7],
      ['RUS', 50.1]
    ]);
  });

  it('readNsfKti rejects an economy label it cannot map', () => {
    expect(() => read(row(['Exports', 'World', 'Atlantis'], '1'))).toThrow(
      `${NSF_KTI_FILE}:2:region_country_or_economy_level_3: expected a known economy label, got "Atlantis"`
    );
  });
});
