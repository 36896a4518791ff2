import type { Manifest, StoryCharts } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload, FramePayload } from './payload';
import { framePayload } from './frame-payload';

/** The edition's coding of the texts' stances (charts.json `rules-stances`: schema in @dtr/data story-charts.ts). */
type Coding = NonNullable<StoryCharts['rules']>['rules-stances'];

/**
 * Heatmap of the coded stances: rows = issues, columns = parties; CSV with the codes. The coding (2 = a binding rule
 * sought or a clear principle, 1 = a qualified or partial position, 0 = no specific rule, null = the texts do not say)
 * is a reading of the texts, from the edition's charts.json.
 */
export function rulesStancesChart(o: {
  id: string;
  coding: Coding;
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  texts: FramePayload['sources'];
}): ChartPayload {
  const label = (k: string) => (o.copy.labels ?? {})[k] ?? k;
  const { parties, issues, stances } = o.coding;
  return {
    kind: 'heatmap',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: [],
      extraSources: o.texts,
      columns: ['issue', ...parties],
      rows: issues.map((i) => ({ issue: label(i), ...stances[i] }))
    }),
    format: { digits: 0 },
    props: {
      rows: issues.map((id) => ({ id, label: label(id) })),
      columns: parties.map((id) => ({ id, label: label(id) })),
      values: stances,
      missingLabel: label('not-stated')
    }
  };
}
