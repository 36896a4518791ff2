import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import { finite } from './finite';
import { framePayload } from './frame-payload';
import type { ChartPayload, ValueFormat } from './payload';

/**
 * Two flows and their balance (exports/imports, receipts/payments) as three US$ lines, with a CSV row per year:
 * the shape of every "X, Y and balance" chart in the story.
 */
export function flowsChart<K extends string>(o: {
  id: string;
  keys: readonly K[];
  years: number[];
  values: Record<K, number[]>;
  sourceIds: string[];
  copy: ChartCopy;
  locale: Locale;
  manifest: Manifest;
  format?: ValueFormat;
}): ChartPayload {
  return {
    kind: 'line',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: o.sourceIds,
      columns: ['year', ...o.keys],
      rows: o.years.map((year, i) => ({
        year,
        ...Object.fromEntries(o.keys.map((k) => [k, finite(o.values[k][i])]))
      })),
      format: o.format
    }),
    props: {
      series: o.keys.map((k) => ({
        id: k,
        label: (o.copy.series ?? {})[k],
        points: o.years.map((x, i) => ({ x, y: finite(o.values[k][i]) }))
      })),
      unit: { unit: 'US$' }
    }
  };
}
