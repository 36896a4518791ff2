import { describe, expect, it } from 'vitest';
import sources from '../../editions/2026/config/sources.json' with { type: 'json' };
import type { Source } from '../schema/types.ts';
import { chartLicence } from './chart-licence.ts';

const SOURCES = sources as Source[];

const source = (id: string) => {
  const s = SOURCES.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s;
};
const licence = (...ids: string[]) => chartLicence({ sources: ids.map(source) });
const TELEGEOGRAPHY_WORDING = SOURCES.find((s) => s.id === 'telegeography-cables-2022-11')!.terms;

describe('chartLicence', () => {
  it('chartLicence gives the report’s CC BY 4.0 only when every source is CC BY (WDI, UNCTAD Data360)', () => {
    expect(licence('wdi-2026-07', 'unctad-data360-de')).toEqual({
      kind: 'cc-by',
      label: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      terms: []
    });
  });

  it('chartLicence treats a public-domain source (NSF) like CC BY', () => {
    expect(licence('nsf-sei-kti', 'wdi-2026-07').kind).toBe('cc-by');
  });

  it('chartLicence makes a chart with a CC BY-NC-SA source CC BY-NC-SA, with TeleGeography’s exact wording', () => {
    const result = licence('telegeography-cables-2022-11');
    expect(result).toEqual({
      kind: 'cc-by-nc-sa',
      label: 'CC BY-NC-SA 3.0',
      url: 'https://creativecommons.org/licenses/by-nc-sa/3.0/',
      terms: [{ sourceId: 'telegeography-cables-2022-11', publisher: 'TeleGeography', licence: 'CC BY-NC-SA 3.0', wording: TELEGEOGRAPHY_WORDING }]
    });
    expect(TELEGEOGRAPHY_WORDING).toContain('Attribution-NonCommercial-ShareAlike 3.0 Unported (CC BY-NC-SA 3.0)');
  });

  it('chartLicence keeps CC BY-NC-SA when a CC BY source is mixed in, and names both NC-SA licences when two differ', () => {
    expect(licence('itu-ff-2024', 'wdi-2026-07')).toMatchObject({ kind: 'cc-by-nc-sa', label: 'CC BY-NC-SA 3.0 IGO' });
    const both = licence('telegeography-cables-2022-11', 'itu-ff-2024');
    expect(both).toMatchObject({ kind: 'cc-by-nc-sa', label: 'CC BY-NC-SA 3.0 + CC BY-NC-SA 3.0 IGO', url: null });
    expect(both.terms.map((t) => t.sourceId)).toEqual(['telegeography-cables-2022-11', 'itu-ff-2024']);
  });

  it('chartLicence keeps CC BY-NC-SA over a source with only its terms, and lists both wordings', () => {
    const result = licence('telegeography-cables-2022-11', 'gfdc-bri-2023-12');
    expect(result.kind).toBe('cc-by-nc-sa');
    expect(result.terms.map((t) => t.wording)).toEqual([TELEGEOGRAPHY_WORDING, 'Not stated; cited as the publisher requires']);
  });

  it('chartLicence says "source’s terms" (no label) for the NBS province charts and the BRI list, never CC BY 4.0', () => {
    for (const ids of [['nbs-provincial-gdp'], ['nbs-provincial-trade-express', 'wdi-2026-07'], ['gfdc-bri-2023-12']]) {
      const result = licence(...ids);
      expect(result.kind, ids.join('+')).toBe('source-terms');
      expect(result.label).toBe(null);
      expect(result.terms.map((t) => t.sourceId)).toEqual(ids.filter((id) => !id.startsWith('wdi')));
    }
  });

  it('chartLicence quotes what TOP500’s and the WTO’s terms allow', () => {
    expect(licence('top500-2000-2025').terms[0].wording).toBe(
      'The list is available at no cost and you can create additional sublists and statistics out of the TOP500 database on your own.'
    );
    expect(licence('wto-rta-2026-02').terms[0].wording).toMatch(/^You may include excerpts from WTO publications, databases/);
  });
});
