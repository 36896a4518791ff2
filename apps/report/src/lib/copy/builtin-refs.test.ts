import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { editionData } from '$lib/server/editions';
import { builtinRef, type BuiltinContext } from './builtin-refs';

const data = editionData(2026);
const ctx = (locale: 'en' | 'zh'): BuiltinContext => ({
  edition: getEdition(2026),
  spec: data.spec,
  results: data.results,
  locale
});
const en = (ref: string) => builtinRef(ctx('en'), ref);
const zh = (ref: string) => builtinRef(ctx('zh'), ref);

describe('builtinRef', () => {
  it('{edition} and {spec:path} read the edition year and the spec (1000 draws, winmax 5)', () => {
    expect(en('edition')).toBe('2026');
    expect(en('spec:uncertainty.draws')).toBe('1,000');
    expect(en('spec:treat.winmax')).toBe('5');
    expect(en('spec:aggregate.method')).toBe('amean');
  });

  it('{series:…} formats China’s internet users (77.4827 % in 2023) and GDP (19.498 trillion US$ in 2025, compact: 0 digits above 10) in both locales', () => {
    expect(en('series:internet-users:CHN:latest:percent')).toBe('77.5%');
    expect(en('series:internet-users:CHN:2021:percent')).toBe('73.1%');
    expect(en('series:internet-users:CHN:latest:year')).toBe('2023');
    expect(en('series:gdp:CHN:2025')).toBe('19 trillion US$');
    expect(zh('series:gdp:CHN:2025')).toBe('19万亿美元');
  });

  it('{rank:…} ranks an economy in a series year, and in the index from the published results', () => {
    const gdp = getEdition(2026).series('gdp');
    const i = gdp.years.indexOf(2025);
    const economies = new Set(
      getEdition(2026)
        .entities.countries.entities.filter((e) => e.kind === 'economy')
        .map((e) => e.code)
    );
    const usaFirst = Object.entries(gdp.values).every(
      ([c, v]) => !economies.has(c) || (v[i] ?? 0) <= gdp.values.USA[i]!
    );
    expect(usaFirst).toBe(true);
    expect(en('rank:gdp:USA:2025')).toBe('1');
    expect(en('rank:gdp:CHN:2025')).toBe('2');
    const chn = data.results!.rank[data.results!.units.indexOf('CHN')];
    expect(en('rank:DTDI:CHN:latest')).toBe(String(chn));
  });

  it('returns undefined for what does not resolve: unknown series, entity, year, format or kind', () => {
    for (const ref of [
      'series:nope:CHN:2023',
      'series:gdp:XXX:2023',
      'series:gdp:CHN:1800',
      'series:gdp:CHN:2023:fancy',
      'rank:gdp:WLD:2023',
      'rank:DTDI:CHN:2019',
      'spec:treat.nothing',
      'colour:red'
    ])
      expect(en(ref), ref).toBeUndefined();
  });
});
