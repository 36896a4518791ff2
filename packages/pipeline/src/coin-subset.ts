import type { CoinData } from '@dtr/core';

/** The COINr data of the units where `keep[u]` is true: units, names, groups, raw columns, history and years. */
export function coinSubset({ data, keep }: { data: CoinData; keep: readonly boolean[] }): CoinData {
  const pick = <T>(a: ArrayLike<T>) => Array.from(a).filter((_, u) => keep[u]);
  const columns = (c: Record<string, Float64Array>) =>
    Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Float64Array.from(pick(v))]));
  return {
    units: pick(data.units),
    unitNames: pick(data.unitNames),
    groups: Object.fromEntries(Object.entries(data.groups).map(([k, v]) => [k, pick(v)])),
    meta: data.meta,
    columns: columns(data.columns),
    ...(data.history ? { history: data.history.map((h) => ({ time: h.time, columns: columns(h.columns) })) } : {}),
    ...(data.years ? { years: columns(data.years) } : {})
  };
}
