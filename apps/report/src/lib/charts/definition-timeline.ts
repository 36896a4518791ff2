import type { Manifest, StoryCharts } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import type { ChartPayload } from './payload';

/** "Definitions of digital trade, by year of publication": the documents the texts and the Handbook build on. */
export const DEFINITION_TIMELINE = 'definition-timeline';

/**
 * The defining documents with their years of publication, from the edition's `charts.json`. Bibliographic facts, not
 * data: each is linked so the year can be checked at the source. The statistical (measurement) definitions are drawn
 * as the timeline's second kind.
 */
export type DefinitionDocuments = NonNullable<StoryCharts['definition']>['definition-timeline']['documents'];

export function definitionTimelineChart(
  copy: ChartCopy,
  o: { locale: Locale; manifest: Manifest; documents: DefinitionDocuments }
): ChartPayload {
  const label = (id: string) => (copy.labels ?? {})[id] ?? id;
  const publisher = (id: string) => (copy.series ?? {})[id] ?? id;
  const { documents, ...frame } = o;
  return {
    kind: 'timeline',
    ...framePayload({
      id: DEFINITION_TIMELINE,
      copy,
      ...frame,
      sourceIds: [],
      extraSources: documents.map((d) => ({
        label: messages(o.locale).story.document({ publisher: publisher(d.id), title: label(d.id), year: d.year }),
        short: messages(o.locale).story.documentShort({ publisher: publisher(d.id), year: d.year }),
        url: d.url,
        licence: messages(o.locale).story.publicationCited
      })),
      columns: ['year', 'publisher', 'document'],
      rows: documents.map((d) => ({ year: d.year, publisher: publisher(d.id), document: label(d.id) }))
    }),
    props: {
      events: documents.map((d) => ({
        id: d.id,
        date: String(d.year),
        label: `${publisher(d.id)}${messages(o.locale).claims.colon}${label(d.id)}`,
        kind: d.kind === 'statistical' ? 1 : 0
      }))
    }
  };
}
