import type { CountriesFile, Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import { column } from './column';
import { economyNames } from './economy-names';
import type { ChartPayload, ValueFormat } from './payload';

/** One series for chosen economies in one year, largest first: the model of a dot plot of peers. */
export interface EntityDots {
  seriesId: string;
  year: number;
  rows: { code: string; value: number }[];
  /** Chosen entities without a value that year, named in the chart's notes by the copy. */
  missing: string[];
  sourceIds: string[];
}

/** The latest year in which every one of `required` has a value (so the comparison is like for like). */
export function latestCommonYear(edition: Edition, seriesId: string, required: string[]): number {
  const s = edition.series(seriesId);
  for (let i = s.years.length - 1; i >= 0; i--) {
    if (required.every((e) => s.values[e]?.[i] != null)) return s.years[i];
  }
  throw new Error(`Series "${seriesId}" has no year with values for ${required.join(', ')}`);
}

export function entityDots(edition: Edition, seriesId: string, entities: string[], year: number): EntityDots {
  const s = edition.series(seriesId);
  const i = s.years.indexOf(year);
  if (i < 0) throw new Error(`Series "${seriesId}" has no year ${year}`);
  const all = entities.map((code) => ({ code, value: column(s, code)[i] }));
  return {
    seriesId,
    year,
    rows: all.filter((d) => Number.isFinite(d.value)).sort((a, b) => b.value - a.value),
    missing: all.filter((d) => !Number.isFinite(d.value)).map((d) => d.code),
    sourceIds: [s.sourceId]
  };
}

export function entityDotsChart(
  m: EntityDots,
  copy: ChartCopy,
  o: { id: string; locale: Locale; manifest: Manifest; countries: CountriesFile; format: ValueFormat }
): ChartPayload {
  const names = economyNames(o.countries);
  return {
    kind: 'dots',
    ...framePayload({
      id: o.id,
      copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['economy', 'code', 'value'],
      rows: m.rows.map((d) => ({ economy: names.name(d.code, o.locale), code: d.code, value: d.value })),
      format: o.format
    }),
    props: {
      data: m.rows.map((d) => ({ id: d.code, label: names.name(d.code, o.locale), value: d.value })),
      valueLabel: (copy.labels ?? {}).value ?? copy.title
    }
  };
}
