import { gini, theil } from '@dtr/core';
import type { Manifest } from '@dtr/data';
import type { Locale } from '$lib/i18n/locale';
import type { ChartCopy } from '$lib/story/story';
import type { ChartPayload } from './payload';
import { panelColumn, type ProvincePanel } from './province-panel';
import { framePayload } from './frame-payload';

/** Inequality across the 31 provinces per year: Gini and Theil T of each panel (unweighted, one province one unit). */
export interface ProvinceInequality {
  years: number[];
  keys: string[];
  gini: Record<string, (number | null)[]>;
  theil: Record<string, (number | null)[]>;
  sourceIds: string[];
}

/** `panels` keyed by a short name (trade, express, gdp); the years are the union, a panel without a year gives null. */
export function provinceInequality(panels: Record<string, ProvincePanel>): ProvinceInequality {
  const keys = Object.keys(panels);
  const years = [...new Set(keys.flatMap((k) => panels[k].years))].sort((a, b) => a - b);
  const at = (f: (x: Float64Array) => number) =>
    Object.fromEntries(
      keys.map((k) => [
        k,
        years.map((y) => {
          if (!panels[k].years.includes(y)) return null;
          const v = f(panelColumn(panels[k], y));
          return Number.isFinite(v) ? v : null;
        })
      ])
    );
  return {
    years,
    keys,
    gini: at(gini),
    theil: at(theil),
    sourceIds: [...new Set(keys.flatMap((k) => panels[k].sourceIds))]
  };
}

/** Line chart of the Gini coefficients (one line per panel); the CSV has both Gini and Theil per year. */
export function provinceInequalityChart(
  m: ProvinceInequality,
  o: { id: string; copy: ChartCopy; locale: Locale; manifest: Manifest }
): ChartPayload {
  const columns = ['year', ...m.keys.flatMap((k) => [`gini-${k}`, `theil-${k}`])];
  return {
    kind: 'line',
    ...framePayload({
      id: o.id,
      copy: o.copy,
      locale: o.locale,
      manifest: o.manifest,
      sourceIds: m.sourceIds,
      columns,
      rows: m.years.map((year, i) => ({
        year,
        ...Object.fromEntries(
          m.keys.flatMap((k) => [
            [`gini-${k}`, m.gini[k][i]],
            [`theil-${k}`, m.theil[k][i]]
          ])
        )
      }))
    }),
    format: { digits: 2 },
    props: {
      series: m.keys.map((k) => ({
        id: k,
        label: (o.copy.series ?? {})[k] ?? k,
        points: m.years.map((x, i) => ({ x, y: m.gini[k][i] }))
      }))
    }
  };
}
