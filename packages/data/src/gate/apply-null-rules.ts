import type { Series } from '../schema/types.ts';
import type { NulledCell, SeriesRule } from './series-rule.ts';

const PLACEHOLDER_REASON = 'a 0 the raw file carries for "no data" (rule placeholderZeros: null)';

/**
 * Nulls a series' placeholder zeros and excluded cells (in place, so the cell origins stay attached) and returns the
 * cells it nulled, for the edition's notes.
 */
export function applyNullRules(options: { series: Series; rule: SeriesRule | undefined }): NulledCell[] {
  const { series, rule } = options;
  if (!rule) return [];
  const nulled: NulledCell[] = [];
  for (const [entity, row] of Object.entries(series.values)) {
    row.forEach((value, i) => {
      if (value === null) return;
      const year = series.years[i];
      const excluded = rule.excluded?.find((cell) => cell.entity === entity && cell.year === year);
      if (excluded) nulled.push({ series: series.id, entity, year, value, rule: 'excluded', reason: excluded.reason });
      else if (value === 0 && rule.placeholderZeros === 'null')
        nulled.push({ series: series.id, entity, year, value, rule: 'placeholderZeros', reason: PLACEHOLDER_REASON });
      else return;
      row[i] = null;
    });
  }
  return nulled;
}
