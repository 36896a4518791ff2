import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import type { ChartPayload, ValueFormat } from './payload';

/** One edition series for a few economies over its years: the model behind the infrastructure line charts. */
export interface IndicatorLines {
  seriesId: string;
  unit: string;
  years: number[];
  entities: string[];
  /** values[entity][i], in the series' unit (scale applied); null where the source has no value. */
  values: Record<string, (number | null)[]>;
  sourceIds: string[];
}

export function indicatorLines(edition: Edition, seriesId: string, entities: string[]): IndicatorLines {
  const s = edition.series(seriesId);
  const values: Record<string, (number | null)[]> = {};
  for (const e of entities) {
    const row = s.values[e];
    if (!row) throw new Error(`Series "${seriesId}" has no entity "${e}"`);
    values[e] = row.map((v) => (v === null ? null : v * s.scale));
  }
  // Trailing years in which none of the shown economies has a value are dropped, so the axis ends at the data.
  let end = s.years.length;
  while (end > 0 && entities.every((e) => values[e][end - 1] === null)) end--;
  for (const e of entities) values[e] = values[e].slice(0, end);
  return { seriesId, unit: s.unit, years: s.years.slice(0, end), entities, values, sourceIds: [s.sourceId] };
}

/** The last year with a value for `entity`, and that value. */
export function latest(m: IndicatorLines, entity: string): { year: number; value: number } {
  const row = m.values[entity];
  for (let i = row.length - 1; i >= 0; i--) {
    const v = row[i];
    if (v !== null) return { year: m.years[i], value: v };
  }
  throw new Error(`${m.seriesId}: no value for ${entity}`);
}

/** Value of `entity` in `year` (null when missing or out of range). */
export function valueIn(m: IndicatorLines, entity: string, year: number): number | null {
  const i = m.years.indexOf(year);
  return i < 0 ? null : m.values[entity][i];
}

/** A line chart of the model: one line per economy (labelled by `names`), a CSV row per year. */
export function indicatorLinesChart(
  m: IndicatorLines,
  o: {
    id: string;
    copy: ChartCopy;
    locale: Locale;
    manifest: Manifest;
    names: Record<string, string>;
    format: ValueFormat;
  }
): ChartPayload {
  return {
    kind: 'line',
    ...framePayload({
      id: o.id,
      copy: { ...o.copy, columns: { year: (o.copy.columns ?? {}).year ?? 'year', ...o.names } },
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['year', ...m.entities],
      rows: m.years.map((year, i) => ({ year, ...Object.fromEntries(m.entities.map((e) => [e, m.values[e][i]])) }))
    }),
    format: o.format,
    props: {
      series: m.entities.map((e) => ({
        id: e,
        label: o.names[e],
        points: m.years.map((x, i) => ({ x, y: m.values[e][i] }))
      }))
    }
  };
}
