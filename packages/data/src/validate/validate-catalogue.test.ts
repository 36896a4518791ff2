import { describe, expect, it } from 'vitest';
import type { Series } from '../schema/types.ts';
import { validateCatalogue } from './validate-catalogue.ts';

const series: Record<string, Series> = {
  gdp: {
    schema: 2,
    id: 'gdp',
    sourceId: 'wdi',
    unit: 'US$',
    scale: 1,
    transformation: 't',
    years: [2020],
    values: { CHN: [1] }
  }
};
const entry = (over: object = {}) => ({
  id: 'gdp',
  name: { en: 'GDP', zh: '国内生产总值' },
  definition: { en: 'd', zh: '定义' },
  unit: 'US$',
  scale: 1,
  category: 'economy',
  sourceId: 'wdi',
  ...over
});
const errors = (indicators: object[]) =>
  validateCatalogue({ schema: 2, indicators }, 'catalogue.json', series).map((e) => e.message);

describe('validateCatalogue', () => {
  it('validateCatalogue accepts an entry matching its series', () => {
    expect(errors([entry()])).toEqual([]);
  });

  it('validateCatalogue reports a unit or scale that differs from the series file', () => {
    expect(errors([entry({ unit: 'US$ millions', scale: 1e6 })])).toEqual([
      'catalogue.json:indicators[0] (gdp).unit: expected "US$" (the unit of series/gdp.json), got "US$ millions"',
      'catalogue.json:indicators[0] (gdp).scale: expected 1 (the scale of series/gdp.json), got 1000000'
    ]);
  });

  it('validateCatalogue reports a missing Chinese name, a bad category and a series without entry', () => {
    expect(errors([entry({ id: 'gdp2', name: { en: 'GDP', zh: '' }, category: 'misc' })])).toEqual([
      'catalogue.json:indicators[0] (gdp2).name.zh: expected a non-empty string, got ""',
      'catalogue.json:indicators[0] (gdp2).category: expected goods | services | data | infrastructure | gvc | economy, got "misc"',
      'catalogue.json:indicators[0] (gdp2).id: expected the id of a series file, got "gdp2"',
      'catalogue.json:indicators: expected an entry for series gdp, got "none"'
    ]);
  });
});
