import type { CountriesFile, Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import { columnAt } from './column-at';
import { economyNames } from './economy-names';
import { finite } from './finite';
import type { ChartPayload, ValueFormat } from './payload';

/** One series for a few economies (and the world) over a span of years: the model of a line chart of peers. */
export interface EntityLines {
  seriesId: string;
  entities: string[];
  years: number[];
  values: Record<string, number[]>;
  sourceIds: string[];
}

export function entityLines(
  edition: Edition,
  seriesId: string,
  entities: string[],
  from: number,
  to: number
): EntityLines {
  const s = edition.series(seriesId);
  const years = s.years.filter((y) => y >= from && y <= to);
  const values = Object.fromEntries(entities.map((e) => [e, [...columnAt(s, e, years)]]));
  return { seriesId, entities, years, values, sourceIds: [s.sourceId] };
}

/** A line per entity, named from the edition's entities; the CSV has a column per entity (its code). */
export function entityLinesChart(
  m: EntityLines,
  copy: ChartCopy,
  o: {
    id: string;
    locale: Locale;
    manifest: Manifest;
    countries: CountriesFile;
    format: ValueFormat;
    axisScale?: number;
  }
): ChartPayload {
  const names = economyNames(o.countries);
  return {
    kind: 'line',
    ...framePayload({
      id: o.id,
      copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['year', ...m.entities],
      rows: m.years.map((year, i) => ({
        year,
        ...Object.fromEntries(m.entities.map((e) => [e, finite(m.values[e][i])]))
      })),
      format: o.format
    }),
    props: {
      series: m.entities.map((e) => ({
        id: e,
        label: names.name(e, o.locale),
        points: m.years.map((x, i) => ({ x, y: finite(m.values[e][i]) }))
      })),
      ...(o.axisScale ? { unit: { scale: o.axisScale } } : {})
    }
  };
}
