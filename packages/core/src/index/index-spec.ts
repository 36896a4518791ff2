/**
 * The index spec of DESIGN.md: the same JSON object drives the CLI, the worker and the explorer's URL state.
 * `defaultSpec` is what runs without a spec: COINr 1.1's Normalise and Aggregate defaults, no treatment (COINr treats
 * only when asked). `resolveSpec` fills the members a partial spec leaves out.
 */
export interface TreatSpec {
  method: 'winsorise';
  /** Maximum number of winsorising steps (tied extremes are clipped together in one step). */
  winmax: number;
  skewThreshold: number;
  kurtosisThreshold: number;
}

export type NormaliseSpec =
  | { method: 'minmax'; range: [number, number] }
  | { method: 'zscore'; mean: number; sd: number }
  /** Goalposts come from the metadata; `scale` (default 100) multiplies the [0, 1] result. */
  | { method: 'goalposts'; scale?: number }
  | { method: 'rank' };

export type AggregateMethod = 'amean' | 'gmean' | 'hmean';

export interface AggregateSpec {
  method: AggregateMethod;
  /** Minimum share of non-missing children (0–1) for an aggregate to be computed; below it the score is NaN. */
  availabilityThreshold?: number;
}

export type ImputeSpec =
  /** Missing cells take the mean of the units sharing the same value of `group` (a group column of iData). */
  | { method: 'groupMean'; group: string }
  /** Missing cells take the median of the units sharing the same value of `group` (COINr `i_median_grp`). */
  | { method: 'groupMedian'; group: string }
  /** Missing cells take the mean of the unit's other indicators in the same aggregate, on the min-max scale. */
  | { method: 'availableMean' }
  /** Missing cells take the unit's most recent non-missing value in `CoinData.history`. */
  | { method: 'lastAvailable' }
  /** Nothing is imputed: a unit missing any indicator is left out (listwise exclusion, see imputeListwise). */
  | { method: 'listwise' };

export interface UncertaintySpec {
  /** Each weight is multiplied by a uniform draw in [1 − f, 1 + f]; a record gives f per level ("1", "2", …). */
  weightNoise?: number | Record<string, number>;
  /** Path into the spec → equally likely values: "treat.winmax", "normalise", "aggregate" (and "aggregate.method"),
   * "impute" (imputation specs or null), "exclude" (indicator codes left out: null, a code or a list; resolved to
   * lists) and "maxAge" (null or the largest age in years of a value, relative to its indicator's latest year; needs
   * `CoinData.years`) — the last two in variance-based sensitivity only. */
  alternatives?: Record<string, unknown[]>;
  /** Monte Carlo draws and seed of a published analysis (an edition's spec); CLI flags override them. */
  draws?: number;
  seed?: number;
  /** Saltelli samples, seed and bootstrap resamples of a published variance-based sensitivity analysis. */
  sensitivity?: { samples: number; seed: number; bootstrap: number };
}

export interface IndexSpec {
  treat: TreatSpec | null;
  normalise: NormaliseSpec;
  aggregate: AggregateSpec;
  /** Overrides metadata weights, by indicator or aggregate code. */
  weights?: Record<string, number>;
  impute?: ImputeSpec | null;
  uncertainty?: UncertaintySpec;
}

/** COINr 1.1's defaults for `Treat()`: winsorise up to 5 points while |skew| ≥ 2 and kurtosis ≥ 3.5. */
export const defaultTreat: TreatSpec = { method: 'winsorise', winmax: 5, skewThreshold: 2, kurtosisThreshold: 3.5 };

export const defaultSpec: IndexSpec = {
  treat: null,
  normalise: { method: 'minmax', range: [0, 100] },
  aggregate: { method: 'amean' },
  weights: {},
  impute: null
};
