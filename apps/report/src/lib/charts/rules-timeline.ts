import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, FramePayload } from './payload';
import { framePayload } from './frame-payload';

/**
 * China's steps in digital-trade rule-making as the texts date them, each as precise as its text allows. Nothing here
 * is dated from outside the texts: one text dates Digital China to 2019, and that is the date drawn, as that text's.
 */
export const RULES_EVENTS = [
  { id: 'wco', date: '2018' },
  { id: 'digital-china', date: '2019' },
  { id: 'guiding-opinions', date: '2019-11' },
  { id: 'gdsi', date: '2020' },
  { id: 'asean', date: '2021', until: '2025' },
  { id: 'expo', date: '2023-11' }
] as const;

/**
 * The agreements the Yu Ya text names for China without a date (RCEP joined, CPTPP and DEPA applied for; ledger
 * claims of unit `agreement`). No raw file dates them for China (the WTO RTA export has neither RCEP nor DEPA, and
 * CPTPP without China), so they are rows of the table without a date, never drawn at one.
 */
export const RULES_UNDATED = ['rcep', 'cptpp', 'depa'] as const;

/** Timeline: one event per step a text dates; the agreements it names undated are listed in the table, not drawn. */
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
      rows: [
        ...RULES_EVENTS.map((e) => ({ date: e.date, event: label(e.id), dated: label('from-text') })),
        ...RULES_UNDATED.map((id) => ({ date: null, event: label(id), dated: label('undated') }))
      ]
    }),
    props: {
      events: RULES_EVENTS.map((e) => ({ id: e.id, date: e.date, label: label(e.id), kind: 0 }))
    }
  };
}
