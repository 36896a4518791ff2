import type { ProvincesFile } from '@dtr/data';
import type { Edition } from '$lib/edition/edition';

/**
 * One NBS provincial series as a years × 31 provinces panel in its unit (scale applied), with the national total taken
 * as the sum of the provinces (NBS publishes no separate national row for these series).
 */
export interface ProvincePanel {
  seriesId: string;
  unit: string;
  years: number[];
  codes: string[];
  /** values[code][i]; null where NBS has no value. */
  values: Record<string, (number | null)[]>;
  /** Sum over the provinces per year (null if any province is missing that year). */
  total: (number | null)[];
  sourceIds: string[];
}

export function provincePanel(
  edition: Edition,
  provinces: ProvincesFile,
  seriesId: string,
  from?: number
): ProvincePanel {
  const s = edition.series(seriesId);
  const start = from === undefined ? 0 : s.years.indexOf(from);
  if (start < 0) throw new Error(`Series "${seriesId}" has no year ${from}`);
  const codes = provinces.provinces.map((p) => p.code);
  const values: ProvincePanel['values'] = {};
  for (const code of codes) {
    const row = s.values[code];
    if (!row) throw new Error(`Series "${seriesId}" has no province "${code}"`);
    values[code] = row.slice(start).map((v) => (v === null ? null : v * s.scale));
  }
  const years = s.years.slice(start);
  const total = years.map((_, i) =>
    codes.some((c) => values[c][i] === null) ? null : codes.reduce((sum, c) => sum + values[c][i]!, 0)
  );
  return { seriesId, unit: s.unit, years, codes, values, total, sourceIds: [s.sourceId] };
}

/** The provinces' values in one year as a core column (NaN where missing), in `codes` order. */
export function panelColumn(m: ProvincePanel, year: number): Float64Array {
  const i = m.years.indexOf(year);
  if (i < 0) throw new Error(`${m.seriesId}: no year ${year}`);
  return Float64Array.from(m.codes, (c) => m.values[c][i] ?? NaN);
}
