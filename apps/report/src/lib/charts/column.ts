import type { Series } from '@dtr/data';

/** One entity's values from an edition series as a core column: null (not available) becomes NaN. */
export function column(series: Series, entity: string): Float64Array {
  const values = series.values[entity];
  if (!values) throw new Error(`Series "${series.id}" has no entity "${entity}"`);
  return Float64Array.from(values, (v) => (v === null ? NaN : v * series.scale));
}
