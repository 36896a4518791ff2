import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Series } from '../src/schema/types.ts';

// Hand-checked values of the committed 2026 data-trade series (rebuilt from the raw folder by raw-build.test.ts).
const EDITION = new URL('../editions/2026/', import.meta.url).pathname;
const series = (id: string): Series => JSON.parse(readFileSync(`${EDITION}series/${id}.json`, 'utf8'));
const at = (id: string, entity: string, year: number) => {
  const s = series(id);
  return s.values[entity]?.[s.years.indexOf(year)];
};

describe('the data-trade series of the 2026 edition', () => {
  it('TOP500: June 2025 holds 500 systems (China 47, US 175); Nov 2018 China 227, US 109; the missing lists are null', () => {
    expect(at('top500-systems-june', 'WLD', 2025)).toBe(500);
    expect(at('top500-systems-june', 'CHN', 2025)).toBe(47);
    expect(at('top500-systems-june', 'USA', 2025)).toBe(175);
    expect(at('top500-systems-november', 'CHN', 2018)).toBe(227);
    expect(at('top500-systems-november', 'USA', 2018)).toBe(109);
    expect(at('top500-systems-june', 'CHN', 2021)).toBe(null);
    expect(at('top500-systems-november', 'WLD', 2022)).toBe(null);
  });

  it('TOP500 Rmax shares add up to 100 % in every list, across the GFlop/s → TFlop/s change of 2017', () => {
    for (const id of ['top500-rmax-share-june', 'top500-rmax-share-november']) {
      const s = series(id);
      s.years.forEach((year, i) => {
        if (s.values.WLD[i] === null) return;
        const total = Object.entries(s.values).filter(([code]) => code !== 'WLD').reduce((sum, [, row]) => sum + (row[i] ?? 0), 0);
        expect(total, `${id} ${year}`).toBeCloseTo(100, 6);
      });
    }
  });

  it('ITU: world international bandwidth 2024 is 1,778.5 Tbit/s and 322.8 kbit/s per Internet user; Asia-Pacific 791.4', () => {
    expect(at('intl-bandwidth', 'WLD', 2024)).toBe(1778.5);
    expect(at('intl-bandwidth', 'WLD', 2015)).toBe(155.6);
    expect(at('intl-bandwidth-per-user', 'WLD', 2024)).toBe(322.8);
    expect(at('intl-bandwidth', 'IAP', 2024)).toBe(791.4);
    expect(series('intl-bandwidth').years[0]).toBe(2015);
  });

  it('TeleGeography: 521 dated systems by 2026, of which mainland China 15, Hong Kong 16, Macao 1', () => {
    expect(at('cables-cumulative', 'WLD', 2026)).toBe(521);
    expect(at('cables-cumulative', 'CHN', 2026)).toBe(15);
    expect(at('cables-cumulative', 'HKG', 2026)).toBe(16);
    expect(at('cables-cumulative', 'MAC', 2026)).toBe(1);
    // in service + planned = all dated systems, for the world and for China
    expect((at('cables-in-service', 'WLD', 2026) ?? 0) + (at('cables-planned', 'WLD', 2026) ?? 0)).toBe(521);
    expect((at('cables-in-service', 'CHN', 2026) ?? 0) + (at('cables-planned', 'CHN', 2026) ?? 0)).toBe(15);
    // no BRI member before the first join dates of 2013
    expect(at('cables-cumulative', 'BRI', 2012)).toBe(0);
  });

  it('WTO: agreements in force at the end of 2025, China 21 and the world 379; China 0 before APTA (2002)', () => {
    expect(at('rtas-in-force', 'CHN', 2025)).toBe(21);
    expect(at('rtas-in-force', 'WLD', 2025)).toBe(379);
    expect(at('rtas-in-force', 'CHN', 2001)).toBe(0);
    expect(at('rtas-in-force', 'CHN', 2002)).toBe(1);
  });

  it('agreements/china.json lists China’s 26 agreements with signature and entry-into-force dates', () => {
    const file = JSON.parse(readFileSync(`${EDITION}agreements/china.json`, 'utf8'));
    expect(file.agreements).toHaveLength(26);
    const asean = file.agreements.find((a: { id: number }) => a.id === 42);
    expect(asean).toMatchObject({ signature: '2004-11-29', entryIntoForce: '2005-01-01', partners: ['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'VNM'] });
    const apta = file.agreements.find((a: { id: number }) => a.id === 140);
    expect(apta).toMatchObject({ entryIntoForce: '1976-06-17', entryIntoForceForChina: '2002-01-01' });
  });
});
