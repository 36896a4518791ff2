import { describe, expect, it } from 'vitest';
import { validateSeries } from './validate-series.ts';

const good = () => ({
  schema: 2,
  id: 'gdp',
  sourceId: 'wdi',
  unit: 'US$',
  scale: 1,
  transformation: 't',
  years: [2020, 2021],
  values: { CHN: [1, null], 'CN-GD': [2, 3], WLD: [4, 5] }
});
const errors = (over: object) =>
  validateSeries({ ...good(), ...over }, 'series/gdp.json', new Set(['wdi'])).map((e) => e.message);

describe('validateSeries', () => {
  it('validateSeries accepts a well-formed series', () => {
    expect(errors({})).toEqual([]);
  });

  it('validateSeries reports a value row of the wrong length, with entity and counts', () => {
    expect(errors({ values: { CHN: [1] } })).toEqual([
      'series/gdp.json:values.CHN: expected 2 values (one per year), got "1 values"'
    ]);
  });

  it('validateSeries reports an unknown entity code', () => {
    expect(errors({ values: { XYZ: [1, 2] } })).toEqual([
      'series/gdp.json:values.XYZ: expected a known entity code (ISO3, WB aggregate or CN-xx), got "XYZ"'
    ]);
  });

  it('validateSeries reports text where a number belongs, naming the year', () => {
    expect(errors({ values: { CHN: [1, '2'] } })).toEqual([
      'series/gdp.json:values.CHN[1] (2021): expected a finite number or null, got "2"'
    ]);
  });

  it('validateSeries reports a year out of range and unsorted years', () => {
    expect(errors({ years: [2021, 2020], values: {} })).toContain(
      'series/gdp.json:years[1]: expected a year after 2021, got 2020'
    );
    expect(errors({ years: [2020, 2099], values: {} })).toContain(
      'series/gdp.json:years[1]: expected a year in 1950–2030, got 2099'
    );
  });

  it('validateSeries reports an id that differs from the file name, an unknown source and a bad scale', () => {
    expect(errors({ id: 'gdp2', sourceId: 'x', scale: 0 })).toEqual([
      'series/gdp.json:id: expected "gdp" (the file name), got "gdp2"',
      'series/gdp.json:sourceId: expected the id of a source in the manifest, got "x"',
      'series/gdp.json:scale: expected a positive number, got 0'
    ]);
  });

  it('validateSeries reports a wrong schema version', () => {
    expect(errors({ schema: 1 })).toEqual(['series/gdp.json:schema: expected 2, got 1']);
  });
});
