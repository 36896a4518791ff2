import { rank } from '@dtr/core';
import type { Edition } from '$lib/edition/edition';
import { columnAt } from './column-at';
import { economyNames } from './economy-names';

/** China's rank among economies by digitally deliverable services trade (exports + imports) in a year (UNCTAD). */
export function ddsTradeRank(
  edition: Edition,
  o: { exports: string; imports: string; year: number }
): { rank: number; of: number } {
  const { year } = o;
  const exp = edition.series(o.exports);
  const imp = edition.series(o.imports);
  const { isEconomy } = economyNames(edition.entities.countries);
  const codes = Object.keys(exp.values).filter((c) => isEconomy(c) && imp.values[c]);
  const totals = Float64Array.from(codes, (c) => columnAt(exp, c, [year])[0] + columnAt(imp, c, [year])[0]);
  const kept = codes.map((c, i) => ({ c, v: totals[i] })).filter((d) => Number.isFinite(d.v));
  const ranks = rank(Float64Array.from(kept, (d) => d.v));
  const i = kept.findIndex((d) => d.c === 'CHN');
  if (i < 0) throw new Error(`No DDS trade total for China in ${year}`);
  return { rank: ranks[i], of: kept.length };
}
