import { cagr, share, tradeBalance } from '@dtr/core';
import type { Edition } from '$lib/edition/edition';
import { column } from './column';

/**
 * "China's digitally deliverable services, against the world": exports, imports and their balance (UNCTAD, US$).
 * Everything the story section, its embed and its CSV show comes from here.
 */
export const DDS_CHINA = 'dds-china';

export interface DdsChina {
  years: number[];
  exports: number[];
  imports: number[];
  balance: number[];
  worldExports: number[];
  shareOfWorld: number[];
  firstYear: number;
  lastYear: number;
  cagrExports: number;
  cagrImports: number;
  cagrWorldExports: number;
  /** The year from which every balance is a surplus (null if the last year is a deficit). */
  surplusSince: number | null;
  /** Surplus years before that unbroken run (China: a one-off in 2015). */
  earlierSurplusYears: number[];
  sourceIds: string[];
}

/** `series`: the exports and imports series (the edition's `charts.json` names them). */
export function ddsChina(edition: Edition, series: { exports: string; imports: string }): DdsChina {
  const exp = edition.series(series.exports);
  const imp = edition.series(series.imports);
  if (exp.years.join() !== imp.years.join())
    throw new Error(`${series.exports} and ${series.imports} cover different years`);
  const exports = column(exp, 'CHN');
  const imports = column(imp, 'CHN');
  const world = column(exp, 'WLD');
  const balance = tradeBalance(exports, imports);
  const shareOfWorld = share(exports, world);
  const years = exp.years;
  const last = years.length - 1;
  const periods = years[last] - years[0];
  let runStart = balance.length;
  while (runStart > 0 && balance[runStart - 1] > 0) runStart--;
  return {
    years,
    exports: [...exports],
    imports: [...imports],
    balance: [...balance],
    worldExports: [...world],
    shareOfWorld: [...shareOfWorld],
    firstYear: years[0],
    lastYear: years[last],
    cagrExports: cagr(exports[0], exports[last], periods),
    cagrImports: cagr(imports[0], imports[last], periods),
    cagrWorldExports: cagr(world[0], world[last], periods),
    surplusSince: runStart === balance.length ? null : years[runStart],
    earlierSurplusYears: years.filter((_: number, i: number) => i < runStart && balance[i] > 0),
    sourceIds: [...new Set([exp.sourceId, imp.sourceId])]
  };
}
