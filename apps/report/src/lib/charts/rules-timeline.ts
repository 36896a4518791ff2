import type { Manifest, PublicRecord, StoryCharts } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import { messages } from '$lib/i18n/messages';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, FramePayload } from './payload';
import { framePayload } from './frame-payload';
import { publicRecordEvents } from './public-record-events';
import { publicRecordSource } from './public-record-source';

/** The timeline's choices in the edition's `charts.json`: its texts, dated events and undated agreements. */
export type RulesTimelineChoices = NonNullable<StoryCharts['rules']>['rules-timeline'];

/** A step as drawn: its id and the date its claim or text gives (`YYYY` or `YYYY-MM`), and a plan's last year. */
export interface RulesEvent {
  id: string;
  date: string;
  until?: string;
  /** The public-record fact that dates the same step otherwise (a record id of config/public-record.json). */
  record?: string;
  /** The text that dates it, when no claim does (`001`). */
  text?: string;
}

/**
 * Timeline: one event per step a text dates (the edition's `events`, each dated by a ledger claim's year or by the
 * date its text gives); the agreements a text names undated (`undated`, ledger claims) are hollow markers in the band
 * under the axis (headed by the copy's `undated-heading`) and rows of the table, never drawn at a date by the texts.
 * The public record is drawn beside them, in its own style and cited: a step whose text date the record dates otherwise
 * (Digital China: 2019 in a text, October 2017 in the 19th Congress report) gets a record mark bracketed to the text's
 * mark, and an undated agreement gets a record mark at each date the record gives (`records`). Text marks say their
 * text (`text-mark`), record marks say they are the record's (`record-mark`).
 */
export function rulesTimelineChart(o: {
  id: string;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  texts: FramePayload['sources'];
  events: RulesEvent[];
  undated: RulesTimelineChoices['undated'];
  /** The edition's public-record facts (config/public-record.json). */
  records: readonly PublicRecord[];
}): ChartPayload {
  const label = (k: string) => (o.copy.labels ?? {})[k] ?? k;
  // Chinese runs a full-width bracket on without a space; English puts one before "(".
  const gap = messages(o.locale).site.noteGap;
  const textMark = (e: RulesEvent) => `${label(e.id)}${gap}${label('text-mark').replace('{text}', e.text ?? '')}`;
  const paired = new Set(o.events.flatMap((e) => (e.record ? [e.id] : [])));
  const cites = [
    ...o.events.flatMap((e) => (e.record ? [{ id: e.id, record: e.record, pair: e.id }] : [])),
    ...o.undated.flatMap((u) => (u.records ?? []).map((record) => ({ id: u.id, record })))
  ];
  const marks = publicRecordEvents({ cites, records: o.records, label, gap });
  const cited = [...new Set(cites.map((c) => c.record))].map((id) => o.records.find((r) => r.id === id)!);
  return {
    kind: 'timeline',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: [],
      extraSources: [...o.texts, ...cited.map((record) => publicRecordSource({ record, locale: o.locale }))],
      columns: ['date', 'event', 'dated'],
      rows: [
        ...o.events.map((e) => ({ date: e.date, event: label(e.id), dated: label('from-text') })),
        ...o.undated.map((u) => ({ date: null, event: label(u.id), dated: label('undated') })),
        ...marks.map((m) => ({ date: m.date, event: m.label, dated: label('public-record') }))
      ]
    }),
    props: {
      events: [
        ...o.events.map((e) => ({
          id: e.id,
          date: e.date,
          label: paired.has(e.id) ? textMark(e) : label(e.id),
          kind: 0,
          ...(paired.has(e.id) ? { pair: e.id } : {})
        })),
        // The agreements' record dates are drawn on the agreements chart (data section), in the same style; here they
        // are rows of the table, read out and cited, so the timeline stays short enough to stick on a phone.
        ...marks.filter((m) => m.pair !== undefined)
      ],
      compactBelow: 480,
      undated: { heading: label('undated-heading'), items: o.undated.map((u) => ({ id: u.id, label: label(u.id) })) }
    }
  };
}
