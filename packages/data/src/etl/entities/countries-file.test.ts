import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../test/fixture-context.ts';
import type { CountriesFile, Series } from '../../schema/types.ts';
import { WDI_METADATA_ROLE } from '../read/read-wdi-country-metadata.ts';
import { countriesFile } from './countries-file.ts';

const META = [
  'Country Code,Region,IncomeGroup,SpecialNotes,TableName',
  'CHN,East Asia & Pacific,Upper middle income,,China',
  'ETH,Sub-Saharan Africa,,,Ethiopia',
  'XKX,Europe & Central Asia,Upper middle income,,Kosovo',
  'WLD,,,,World'
].join('\n');
const series = (codes: string[]) => ({ values: Object.fromEntries(codes.map((c) => [c, [1]])) }) as unknown as Series;
const build = (codes: string[]) =>
  countriesFile({ sourceId: 'wdi-test' }).build(
    fixtureContext({ 'wdi/Metadata_Country.csv': META }, { [WDI_METADATA_ROLE]: 'wdi/Metadata_Country.csv' }),
    new Map([['series/x.json', series(codes)]])
  ) as CountriesFile;

describe('countriesFile', () => {
  it('countriesFile gives each economy English and Chinese names, WB region and income group', () => {
    const byCode = Object.fromEntries(build(['TWN', 'CN-GD']).entities.map((e) => [e.code, e]));
    expect(byCode.CHN).toEqual({
      code: 'CHN',
      name: { en: 'China', zh: '中国' },
      kind: 'economy',
      region: 'East Asia & Pacific',
      incomeGroup: 'Upper middle income'
    });
    expect(byCode.XKX.name).toEqual({ en: 'Kosovo', zh: '科索沃' });
    expect(byCode.ETH.incomeGroup).toBeNull();
    expect(byCode.TWN).toEqual({
      code: 'TWN',
      name: { en: 'Taiwan, China', zh: '中国台湾' },
      kind: 'economy',
      region: null,
      incomeGroup: null
    });
    expect(byCode.WLD).toMatchObject({ kind: 'aggregate', name: { en: 'World', zh: '世界' } });
    expect(byCode['CN-GD']).toBeUndefined();
  });

  it('countriesFile records the source id the registry gives it', () => {
    expect(build([]).sourceId).toBe('wdi-test');
  });

  it('countriesFile lists entities sorted by code', () => {
    const codes = build([]).entities.map((e) => e.code);
    expect(codes).toEqual([...codes].sort());
  });
});
