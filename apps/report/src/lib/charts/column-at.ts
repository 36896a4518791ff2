import type { Series } from '@dtr/data';

/** One entity's values for the given years, as a core column: years the series lacks, and nulls, become NaN. */
export function columnAt(series: Series, entity: string, years: number[]): Float64Array {
  const values = series.values[entity];
  if (!values) throw new Error(`Series "${series.id}" has no entity "${entity}"`);
  return Float64Array.from(years, (y) => {
    const i = series.years.indexOf(y);
    const v = i < 0 ? null : values[i];
    return v === null ? NaN : v * series.scale;
  });
}
