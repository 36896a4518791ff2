import { quantile } from '@dtr/core';
import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { Edition } from '$lib/edition/edition';
import type { ChartCopy } from '$lib/story/story';
import { framePayload } from './frame-payload';
import type { ChartPayload, ValueFormat } from './payload';

/** One value per economy in one year of a series, each economy put in a group (e.g. income group, BRI member or not). */
export interface GroupSwarm {
  seriesId: string;
  year: number;
  groups: string[];
  points: { id: string; group: string; value: number }[];
  /** Median and count per group. */
  stats: Record<string, { n: number; median: number }>;
  sourceIds: string[];
}

/**
 * `groupOf` returns the group of an economy in the swarm's year (membership of a group can change over time) or null to leave it out (aggregates, economies without a group).
 * `year` defaults to the last year with values for at least 80 % of the economies of the best-covered year, so a
 * partly published final year (WDI internet use in 2023: 70 economies against about 200) does not skew the groups.
 */
export function groupSwarm(
  edition: Edition,
  o: {
    seriesId: string;
    groups: string[];
    groupOf: (code: string, year: number) => string | null;
    year?: number;
    extraSourceIds?: string[];
  }
): GroupSwarm {
  const s = edition.series(o.seriesId);
  const year = o.year ?? wellCoveredYear(s);
  const i = s.years.indexOf(year);
  if (i < 0) throw new Error(`Series "${o.seriesId}" has no year ${year}`);
  const points = Object.entries(s.values)
    .map(([id, row]) => ({ id, group: o.groupOf(id, year), value: row[i] === null ? null : row[i]! * s.scale }))
    .filter((p): p is { id: string; group: string; value: number } => p.group !== null && p.value !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
  const stats: GroupSwarm['stats'] = {};
  for (const g of o.groups) {
    const vs = Float64Array.from(points.filter((p) => p.group === g).map((p) => p.value));
    stats[g] = { n: vs.length, median: quantile(vs, 0.5) };
  }
  return {
    seriesId: o.seriesId,
    year,
    groups: o.groups,
    points,
    stats,
    sourceIds: [s.sourceId, ...(o.extraSourceIds ?? [])]
  };
}

/** Beeswarm of the model: a row per group; CSV rows of economy, group and value. */
export function groupSwarmChart(
  m: GroupSwarm,
  o: {
    id: string;
    copy: ChartCopy;
    locale: Locale;
    manifest: Manifest;
    names: (code: string) => string;
    format: ValueFormat;
  }
): ChartPayload {
  const label = (g: string) => (o.copy.labels ?? {})[g] ?? g;
  return {
    kind: 'beeswarm',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['code', 'economy', 'group', 'value'],
      rows: m.points.map((p) => ({ code: p.id, economy: o.names(p.id), group: label(p.group), value: p.value }))
    }),
    format: o.format,
    props: {
      data: m.points.map((p) => ({ id: p.id, label: o.names(p.id), value: p.value, group: p.group })),
      groups: m.groups.map((key) => ({ key, label: label(key) }))
    }
  };
}

function wellCoveredYear(s: { years: number[]; values: Record<string, (number | null)[]> }): number {
  const counts = s.years.map((_, i) => Object.values(s.values).filter((row) => row[i] !== null).length);
  const best = Math.max(...counts);
  for (let i = s.years.length - 1; i >= 0; i--) if (counts[i] >= 0.8 * best) return s.years[i];
  return s.years[s.years.length - 1];
}
