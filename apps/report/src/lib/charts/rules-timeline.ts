import type { Manifest, StoryCharts } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, FramePayload } from './payload';
import { framePayload } from './frame-payload';

/** The timeline's choices in the edition's `charts.json`: its texts, dated events and undated agreements. */
export type RulesTimelineChoices = NonNullable<StoryCharts['rules']>['rules-timeline'];

/** A step as drawn: its id and the date its claim or text gives (`YYYY` or `YYYY-MM`), and a plan's last year. */
export interface RulesEvent {
  id: string;
  date: string;
  until?: string;
}

/**
 * Timeline: one event per step a text dates (the edition's `events`, each dated by a ledger claim's year or by the
 * date its text gives); the agreements a text names undated (`undated`, ledger claims) are hollow markers in the band
 * under the axis (headed by the copy's `undated-heading`) and rows of the table, never drawn at a date. Nothing here is
 * dated from outside the texts.
 */
export function rulesTimelineChart(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  texts: FramePayload['sources'];
  events: RulesEvent[];
  undated: RulesTimelineChoices['undated'];
}): ChartPayload {
  const label = (k: string) => (o.copy.labels ?? {})[k] ?? k;
  return {
    kind: 'timeline',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: [],
      extraSources: o.texts,
      columns: ['date', 'event', 'dated'],
      rows: [
        ...o.events.map((e) => ({ date: e.date, event: label(e.id), dated: label('from-text') })),
        ...o.undated.map((u) => ({ date: null, event: label(u.id), dated: label('undated') }))
      ]
    }),
    props: {
      events: o.events.map((e) => ({ id: e.id, date: e.date, label: label(e.id), kind: 0 })),
      undated: { heading: label('undated-heading'), items: o.undated.map((u) => ({ id: u.id, label: label(u.id) })) }
    }
  };
}
