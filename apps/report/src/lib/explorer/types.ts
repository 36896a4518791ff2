import type { FrameworkFile, IndexFlag, IndexResults } from '@dtr/data';

/** `index/framework.json` and a row of `index/flags.csv`, typed by @dtr/data's schemas (the one definition of their shape). */
export type { FrameworkFile, IndexFlag };

/** What the explorer page receives: the framework, the raw table (null = missing) and the published results. */
export interface ExplorerData {
  edition: number;
  framework: FrameworkFile;
  /** Published spec (spec.json). */
  spec: Record<string, unknown>;
  /** values[u][i] in framework.indicators order; years likewise. */
  values: (number | null)[][];
  years: (number | null)[][];
  /** Per unit in framework order: a small economy (iData's Size_group is "Small"). */
  small: boolean[];
  /** Population at or below which an economy is small (method.json); null when the edition has no such rule. */
  smallThreshold: number | null;
  /** Every imputed or carried-forward cell of a ranked unit (index/flags.csv). */
  flags: IndexFlag[];
  published: ExplorerResult;
  /** The sensitivity analysis the edition build published (results.json), null when the spec declares none. */
  sensitivity: IndexResults['sensitivity'];
}

/** One computed view: scores by row code, ranks, intervals and the method log, in plain arrays. */
export interface ExplorerResult {
  /** Row codes: indicators, pillars, index (last). */
  codes: string[];
  /** scores[code][u]; null = missing. */
  scores: Record<string, (number | null)[]>;
  rank: number[];
  /** 5th and 95th percentile and median rank from the uncertainty analysis; null before it has run. */
  interval: { q05: number[]; q95: number[]; median: number[]; draws: number } | null;
  weights: Record<string, number>;
  treated: { code: string; unit: string; flag: 'winhi' | 'winlo'; raw: number; treated: number }[];
  logged: string[];
  missing: { code: string; units: string[] }[];
  imputed: { code: string; unit: string; value: number }[];
}
