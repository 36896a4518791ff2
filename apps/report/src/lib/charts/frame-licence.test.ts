import { describe, expect, it } from 'vitest';
import { getEdition } from '$lib/server/edition';
import { frameLicence } from './frame-licence';

const { manifest } = getEdition(2026);

describe('frameLicence', () => {
  it('frameLicence keeps CC BY 4.0 for a chart from WDI alone', () => {
    expect(frameLicence({ manifest, sourceIds: ['wdi-2026-07'], locale: 'en' })).toEqual({
      kind: 'cc-by',
      label: 'CC BY 4.0',
      short: 'CC BY 4.0',
      href: 'https://creativecommons.org/licenses/by/4.0/'
    });
  });

  it('frameLicence prints the NBS terms for the province charts and the GFDC terms for the BRI list, not CC BY 4.0', () => {
    const nbs = frameLicence({ manifest, sourceIds: ['nbs-provincial-gdp'], locale: 'en' });
    expect(nbs).toEqual({
      kind: 'source-terms',
      label:
        'Source’s terms: National Bureau of Statistics of China, provincial GDP: “NBS terms of use (not restated in the copy used)”',
      short: 'Source’s terms',
      href: null
    });
    const bri = frameLicence({ manifest, sourceIds: ['gfdc-bri-2023-12'], locale: 'zh' });
    expect(bri.kind).toBe('source-terms');
    expect(bri.label).toBe(
      '以数据来源的条款为准：复旦大学绿色金融与发展中心，“一带一路”国家名单：“Not stated; cited as the publisher requires”（按发布机构要求引用）'
    );
    expect(bri.label).not.toContain('CC BY 4.0');
    expect(bri.short, 'the one-line credit names the licence without the wording').toBe('以数据来源的条款为准');
    // The publisher's English wording is marked as English on the Chinese page, the rest is in the reader's words.
    expect(bri.parts).toEqual([
      { text: '以数据来源的条款为准：复旦大学绿色金融与发展中心，“一带一路”国家名单：“' },
      { text: 'Not stated; cited as the publisher requires', lang: 'en' },
      { text: '”（按发布机构要求引用）' }
    ]);
  });

  it('frameLicence gives the cable charts CC BY-NC-SA 3.0 with TeleGeography’s wording and the licence link', () => {
    const cables = frameLicence({
      manifest,
      sourceIds: ['telegeography-cables-2022-11', 'gfdc-bri-2023-12'],
      locale: 'en'
    });
    expect(cables.kind).toBe('cc-by-nc-sa');
    expect(cables.href).toBe('https://creativecommons.org/licenses/by-nc-sa/3.0/');
    expect(cables.short).toBe('CC BY-NC-SA 3.0');
    expect(cables.label).toMatch(
      /^CC BY-NC-SA 3\.0: TeleGeography, Submarine Cable Map: “Our map is made available under the following Creative Commons License: Attribution-NonCommercial-ShareAlike 3\.0 Unported \(CC BY-NC-SA 3\.0\)”; Green Finance/
    );
    // In English the wording needs no language mark and no gloss.
    expect(cables.parts).toBeUndefined();
  });

  it('frameLicence leaves out the gloss in Chinese when it only repeats the licence (CC BY-NC-SA 3.0)', () => {
    const cables = frameLicence({ manifest, sourceIds: ['telegeography-cables-2022-11'], locale: 'zh' });
    expect(cables.parts?.map((p) => p.lang ?? 'zh')).toEqual(['zh', 'en', 'zh']);
    expect(cables.label).toMatch(/^CC BY-NC-SA 3\.0：TeleGeography，海底光缆地图：“Our map .*”$/);
  });
});
