import { sequentialColor, neutral } from '@dtr/ui';
import type { Locale } from '$lib/i18n/locale';
import type { ExplorerResult, FrameworkFile } from './types';

export interface RankRow {
  u: number;
  code: string;
  name: string;
  bri: boolean;
  /** A small economy (the edition's Size_group). */
  small: boolean;
  rank: number;
  score: number | null;
  q05: number | null;
  q95: number | null;
}

/**
 * Units in rank order (ties by code), with their interval when the uncertainty analysis has run; `small[u]` marks
 * unit u a small economy.
 */
export function rankRows({
  result,
  framework,
  locale,
  small = []
}: {
  result: ExplorerResult;
  framework: FrameworkFile;
  locale: Locale;
  small?: boolean[];
}): RankRow[] {
  const index = result.scores[result.codes[result.codes.length - 1]];
  return framework.units
    .map((unit, u) => ({
      u,
      code: unit.code,
      name: unit.name[locale],
      bri: unit.bri,
      small: small[u] ?? false,
      rank: result.rank[u],
      score: index[u],
      q05: result.interval ? result.interval.q05[u] : null,
      q95: result.interval ? result.interval.q95[u] : null
    }))
    .filter((r) => Number.isFinite(r.rank) && r.score !== null)
    .sort((a, b) => a.rank - b.rank || (a.code < b.code ? -1 : 1));
}

/** Quintile (1 = bottom, 5 = top) of each ranked unit by rank. */
export function quintiles(rows: RankRow[]): Map<string, number> {
  const n = rows.length;
  return new Map(rows.map((r, i) => [r.code, 5 - Math.floor((i * 5) / n)]));
}

/** World map data: quintile categories; with `bri`, non-members are drawn as one grey category. */
export function mapView(
  rows: RankRow[],
  framework: FrameworkFile,
  bri: boolean,
  label: (q: number) => string,
  notBri: string
) {
  const q = quintiles(rows);
  const m49 = new Map(framework.units.map((u) => [u.code, u.m49]));
  const data = rows
    .filter((r) => m49.get(r.code))
    .map((r) => ({ id: m49.get(r.code) as string, category: bri && !r.bri ? 'other' : `q${q.get(r.code)}` }));
  const categories = [5, 4, 3, 2, 1].map((k) => ({ key: `q${k}`, label: label(k), color: sequentialColor(k - 1) }));
  if (bri) categories.push({ key: 'other', label: notBri, color: neutral });
  return { data, categories };
}
