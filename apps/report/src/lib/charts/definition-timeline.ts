import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import type { ChartPayload } from './payload';

/** "Definitions of digital trade, by year of publication": the documents the texts and the Handbook build on. */
export const DEFINITION_TIMELINE = 'definition-timeline';

/**
 * The defining documents, with their years of publication. Bibliographic facts, not data: each is linked so the year
 * can be checked at the source. `kind` 1 marks the statistical (measurement) definitions.
 */
export const definitions = [
  { id: 'wto', year: 1998, kind: 0, url: 'https://www.wto.org/english/tratop_e/ecom_e/ecom_e.htm' },
  { id: 'usitc', year: 2013, kind: 0, url: 'https://www.usitc.gov/publications/332/pub4415.pdf' },
  {
    id: 'ustr',
    year: 2017,
    kind: 0,
    url: 'https://ustr.gov/about-us/policy-offices/press-office/fact-sheets/2017/march/key-barriers-digital-trade'
  },
  {
    id: 'handbook-2020',
    year: 2020,
    kind: 1,
    url: 'https://www.oecd.org/sdd/its/handbook-on-measuring-digital-trade.htm'
  },
  { id: 'handbook-2023', year: 2023, kind: 1, url: 'https://unctad.org/publication/handbook-measuring-digital-trade' }
] as const;

export type DefinitionId = (typeof definitions)[number]['id'];

/** `{calc:year.<id>}` for each document. */
export function definitionYears(): Record<string, string> {
  return Object.fromEntries(definitions.map((d) => [`year.${d.id}`, String(d.year)]));
}

export function definitionTimelineChart(copy: ChartCopy, o: { locale: Locale; manifest: Manifest }): ChartPayload {
  const label = (id: string) => (copy.labels ?? {})[id] ?? id;
  const publisher = (id: string) => (copy.series ?? {})[id] ?? id;
  return {
    kind: 'timeline',
    ...framePayload({
      id: DEFINITION_TIMELINE,
      copy,
      ...o,
      sourceIds: [],
      extraSources: definitions.map((d) => ({
        label: messages(o.locale).story.document({ publisher: publisher(d.id), title: label(d.id), year: d.year }),
        short: messages(o.locale).story.documentShort({ publisher: publisher(d.id), year: d.year }),
        url: d.url,
        licence: messages(o.locale).story.publicationCited
      })),
      columns: ['year', 'publisher', 'document'],
      rows: definitions.map((d) => ({ year: d.year, publisher: publisher(d.id), document: label(d.id) }))
    }),
    props: {
      events: definitions.map((d) => ({
        id: d.id,
        date: String(d.year),
        label: `${publisher(d.id)}${messages(o.locale).claims.colon}${label(d.id)}`,
        kind: d.kind
      }))
    }
  };
}
