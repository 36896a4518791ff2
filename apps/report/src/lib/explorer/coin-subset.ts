import type { CoinData } from '@dtr/core';

/**
 * The COINr input restricted to the units with `keep[u]` true, in their order: units, names, group columns, raw
 * columns and value years alike (earlier years' history too), so an index run on it ranks only those units.
 */
export function coinSubset({ data, keep }: { data: CoinData; keep: boolean[] }): CoinData {
  if (keep.length !== data.units.length)
    throw new Error(`coinSubset: keep: expected one flag per unit (${data.units.length}), got ${keep.length}`);
  const pick = <T>(values: ArrayLike<T>): T[] => Array.from(values).filter((_, u) => keep[u]);
  const columns = (cols: Record<string, Float64Array>) =>
    Object.fromEntries(Object.entries(cols).map(([code, c]) => [code, Float64Array.from(pick(c))]));
  return {
    ...data,
    units: pick(data.units),
    unitNames: pick(data.unitNames),
    groups: Object.fromEntries(Object.entries(data.groups).map(([name, g]) => [name, pick(g)])),
    columns: columns(data.columns),
    ...(data.history ? { history: data.history.map((h) => ({ time: h.time, columns: columns(h.columns) })) } : {}),
    ...(data.years ? { years: columns(data.years) } : {})
  };
}
