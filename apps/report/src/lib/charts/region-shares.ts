import type { GroupsFile, Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload } from './payload';
import type { ProvincePanel } from './province-panel';
import { framePayload } from './frame-payload';

/** Share of each group in the national total of each panel, in each panel's `year`. */
export interface RegionShares {
  keys: string[];
  /** The province groups, in order (the edition's entities/groups.json: e.g. the Yangtze River Delta, Guangdong). */
  groups: string[];
  years: Record<string, number>;
  shares: Record<string, Record<string, number>>;
  sourceIds: string[];
}

export function regionShares(
  groups: GroupsFile['provinceGroups'],
  panels: Record<string, { panel: ProvincePanel; year: number }>
): RegionShares {
  const keys = Object.keys(panels);
  const shares = {} as RegionShares['shares'];
  for (const { key, members } of groups) {
    shares[key] = Object.fromEntries(
      keys.map((k) => {
        const { panel, year } = panels[k];
        const i = panel.years.indexOf(year);
        const total = panel.total[i];
        if (total === null) throw new Error(`${panel.seriesId}: incomplete provinces in ${year}`);
        return [k, members.reduce((s, c) => s + (panel.values[c][i] ?? NaN), 0) / total];
      })
    );
  }
  return {
    keys,
    groups: groups.map((g) => g.key),
    years: Object.fromEntries(keys.map((k) => [k, panels[k].year])),
    shares,
    sourceIds: [...new Set(keys.flatMap((k) => panels[k].panel.sourceIds))]
  };
}

/** Grouped bars: a row per group, a bar per measure; CSV with the same shares. */
export function regionSharesChart(
  m: RegionShares,
  o: { id: string; copy: ChartCopy; locale: Locale; manifest: Manifest }
): ChartPayload {
  const label = (g: string) => (o.copy.labels ?? {})[g] ?? g;
  return {
    kind: 'bar',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns: ['group', ...m.keys],
      rows: m.groups.map((g) => ({ group: label(g), ...m.shares[g] }))
    }),
    format: { percent: true, digits: 0 },
    props: {
      data: m.groups.map((g) => ({ id: g, label: label(g), values: m.shares[g] })),
      series: m.keys.map((k) => ({ key: k, label: (o.copy.series ?? {})[k] ?? k }))
    }
  };
}
