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
      label: 'Source’s terms: National Bureau of Statistics of China: “NBS terms of use (not restated in the copy used)”',
      short: 'Source’s terms',
      href: null
    });
    const bri = frameLicence({ manifest, sourceIds: ['gfdc-bri-2023-12'], locale: 'zh' });
    expect(bri.kind).toBe('source-terms');
    expect(bri.label).toBe(
      '以数据来源的条款为准：Green Finance & Development Center, FISF Fudan University：“Not stated; cited as the publisher requires”'
    );
    expect(bri.label).not.toContain('CC BY 4.0');
    expect(bri.short, 'the one-line credit names the licence without the wording').toBe('以数据来源的条款为准');
  });

  it('frameLicence gives the cable charts CC BY-NC-SA 3.0 with TeleGeography’s wording and the licence link', () => {
    const cables = frameLicence({ manifest, sourceIds: ['telegeography-cables-2022-11', 'gfdc-bri-2023-12'], locale: 'en' });
    expect(cables.kind).toBe('cc-by-nc-sa');
    expect(cables.href).toBe('https://creativecommons.org/licenses/by-nc-sa/3.0/');
    expect(cables.short).toBe('CC BY-NC-SA 3.0');
    expect(cables.label).toMatch(
      /^CC BY-NC-SA 3\.0: TeleGeography: “Our map is made available under the following Creative Commons License: Attribution-NonCommercial-ShareAlike 3\.0 Unported \(CC BY-NC-SA 3\.0\)”; Green Finance/
    );
  });
});
