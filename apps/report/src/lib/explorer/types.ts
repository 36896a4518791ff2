import type { Localised } from '@dtr/data';

/** `index/framework.json` as the generator writes it. */
export interface FrameworkFile {
  schema: 1;
  edition: number;
  code: string;
  name: Localised;
  availabilityThreshold: number;
  briDate: string;
  screening: {
    candidates: number;
    kept: number;
    counted: string[];
    required: number;
    dropped: { code: string; available: number }[];
  };
  indicators: {
    code: string;
    name: Localised;
    pillar: string;
    unit: string;
    source:
      | { kind: 'series'; series: string; factor?: number }
      | { kind: 'ratio'; numerator: string; denominator: string; factor: number };
    window: [number, number];
    direction: 1 | -1;
    weight: number;
    goalposts: [number, number];
    goalpostRule: 'fixed' | 'p95';
    coverage: number;
    years: Record<string, number>;
    note: Localised;
  }[];
  aggregates: {
    code: string;
    name: Localised;
    level: number;
    parent: string | null;
    weight: number;
    note: Localised;
  }[];
  units: { code: string; name: Localised; region: string; income: string; bri: boolean; m49: string | null }[];
}

/** What the explorer page receives: the framework, the raw table (null = missing) and the published results. */
export interface ExplorerData {
  edition: number;
  framework: FrameworkFile;
  /** Published spec (spec.json). */
  spec: Record<string, unknown>;
  /** values[u][i] in framework.indicators order; years likewise. */
  values: (number | null)[][];
  years: (number | null)[][];
  published: ExplorerResult;
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
