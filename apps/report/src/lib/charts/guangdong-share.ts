import { rank, share } from '@dtr/core';
import type { Manifest, ProvincesFile } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload } from './payload';
import { panelColumn, type ProvincePanel } from './province-panel';
import { framePayload } from './frame-payload';

/** Each province's share of the national total per year, for the provinces largest in the last year; Guangdong's rank. */
export interface GuangdongShare {
  years: number[];
  /** The `top` largest provinces in the last year, largest first. */
  codes: string[];
  shares: Record<string, number[]>;
  /** Guangdong's rank among the 31 provinces per year (1 = largest). */
  rankGd: number[];
  sourceIds: string[];
}

export function guangdongShare(m: ProvincePanel, top = 5): GuangdongShare {
  const total = Float64Array.from(m.total, (v) => v ?? NaN);
  const shares: Record<string, number[]> = {};
  for (const code of m.codes)
    shares[code] = [
      ...share(
        Float64Array.from(m.values[code], (v) => v ?? NaN),
        total
      )
    ];
  const lastYear = m.years[m.years.length - 1];
  const lastRank = rank(panelColumn(m, lastYear));
  const codes = m.codes
    .map((code, i) => ({ code, r: lastRank[i] }))
    .sort((a, b) => a.r - b.r)
    .slice(0, top)
    .map((d) => d.code);
  if (!codes.includes('CN-GD')) codes.push('CN-GD');
  const gd = m.codes.indexOf('CN-GD');
  return {
    years: m.years,
    codes,
    shares: Object.fromEntries(codes.map((c) => [c, shares[c]])),
    rankGd: m.years.map((y) => rank(panelColumn(m, y))[gd]),
    sourceIds: m.sourceIds
  };
}

/** Line chart: one line per province (share of the national total); CSV rows per year. */
export function guangdongShareChart(
  m: GuangdongShare,
  o: { id: string; copy: ChartCopy; locale: Locale; manifest: Manifest; provinces: ProvincesFile }
): ChartPayload {
  const name = new Map(o.provinces.provinces.map((p) => [p.code, p.name[o.locale]]));
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    kind: 'line',
    ...framePayload({
      id: o.id,
      copy: {
        ...o.copy,
        columns: { ...o.copy.columns, ...Object.fromEntries(m.codes.map((c) => [c, name.get(c) ?? c])) }
      },
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['year', ...m.codes],
      rows: m.years.map((year, i) => ({ year, ...Object.fromEntries(m.codes.map((c) => [c, finite(m.shares[c][i])])) }))
    }),
    format: { percent: true, digits: 0 },
    props: {
      series: m.codes.map((c) => ({
        id: c,
        label: name.get(c) ?? c,
        points: m.years.map((x, i) => ({ x, y: finite(m.shares[c][i]) }))
      }))
    }
  };
}
