import { rank } from '@dtr/core';
import type { Series } from '@dtr/data';
import { column } from './column';

export interface EconomyRanking {
  year: number;
  /** Economies with a value that year (aggregates excluded), largest first. */
  ranked: { code: string; value: number; rank: number }[];
}

/** Ranks economies (not aggregates) by a series' value in a year: rank 1 = largest, ties share the lower rank. */
export function economyRanking(series: Series, year: number, isEconomy: (code: string) => boolean): EconomyRanking {
  const i = series.years.indexOf(year);
  if (i < 0) throw new Error(`Series "${series.id}" has no year ${year}`);
  const codes = Object.keys(series.values).filter((c) => isEconomy(c) && series.values[c][i] !== null);
  const values = Float64Array.from(codes, (c) => column(series, c)[i]);
  const ranks = rank(values);
  const ranked = codes
    .map((code, k) => ({ code, value: values[k], rank: ranks[k] }))
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
  return { year, ranked };
}
