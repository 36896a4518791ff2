import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, FramePayload } from './payload';
import { framePayload } from './frame-payload';

/**
 * China's steps in digital-trade rule-making as the texts list them. `date` is as precise as the source allows;
 * `from` says whether the date is in a text or only in the public record (the texts name RCEP, CPTPP and DEPA without
 * dates, and one text dates Digital China to 2019, two years after the public record puts it in national policy).
 */
export const RULES_EVENTS = [
  { id: 'digital-china-record', date: '2017-10', from: 'record' },
  { id: 'wco', date: '2018', from: 'text' },
  { id: 'digital-china', date: '2019', from: 'text' },
  { id: 'guiding-opinions', date: '2019-11', from: 'text' },
  { id: 'gdsi', date: '2020', from: 'text' },
  { id: 'rcep', date: '2020-11-15', from: 'record' },
  { id: 'cptpp', date: '2021-09-16', from: 'record' },
  { id: 'depa', date: '2021-11-01', from: 'record' },
  { id: 'asean', date: '2021', until: '2025', from: 'text' },
  { id: 'expo', date: '2023-11', from: 'text' }
] as const;

/** Timeline: one event per step China took; events dated only in the public record drawn in a second colour. */
export function rulesTimelineChart(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  texts: FramePayload['sources'];
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
      rows: RULES_EVENTS.map((e) => ({ date: e.date, event: label(e.id), dated: label(`from-${e.from}`) }))
    }),
    props: {
      events: RULES_EVENTS.map((e) => ({ id: e.id, date: e.date, label: label(e.id), kind: e.from === 'text' ? 0 : 1 }))
    }
  };
}
