/**
 * The in-memory form of a COINr iData / iMeta pair — what `readCoinCsv` returns and what the app builds from
 * edition data. Plain arrays and typed arrays only, so it crosses the worker boundary by structured clone.
 *
 * - `units[u]` is the uCode of unit u; every column has one value per unit, NaN = missing.
 * - `meta` lists every Indicator (level 1) and Aggregate (level ≥ 2) row; rows of Type Group / Denominator are not
 *   part of the framework. Exactly one row has `parent: null` — the index.
 * - `columns[code]` holds the raw values of each level-1 indicator.
 * - `groups[name][u]` is unit u's value of a group column (e.g. `GDP_group`), used by group-mean imputation.
 * - `history` (optional) holds earlier years' raw columns, oldest first, for last-available-year imputation.
 * - `years` (optional, from a COINr-style iYears table, see readYearsCsv) holds the year of each value of
 *   `columns[code]`, NaN exactly where the value is missing; the recency alternative (`maxAge`) needs it.
 */
export type IndicatorType = 'Indicator' | 'Aggregate';

export interface IndicatorMeta {
  code: string;
  name: string;
  /** 1 = indicator; 2, 3, … = aggregates, each level aggregating the level below. */
  level: number;
  /** Code of the aggregate this row feeds; null for the index itself. */
  parent: string | null;
  direction: 1 | -1;
  weight: number;
  type: IndicatorType;
  /** [lower, upper] for goalpost normalisation, in the indicator's own units. */
  goalposts?: [number, number];
}

export interface CoinData {
  units: string[];
  unitNames: string[];
  groups: Record<string, string[]>;
  meta: IndicatorMeta[];
  columns: Record<string, Float64Array>;
  history?: { time: number; columns: Record<string, Float64Array> }[];
  years?: Record<string, Float64Array>;
}
