import { runIndexSensitivity, type CoinData } from '@dtr/core';
import type { IndexResults, IndexSpec } from '@dtr/data';

/** Interval level of the published sensitivity analysis (the CLI's and the explorer's). */
const LEVEL = 0.95;

/**
 * The published variance-based sensitivity analysis of an edition: first- and total-order Sobol indices of the mean
 * absolute rank shift for every uncertain input the spec declares (alternatives, weight noise), with the samples,
 * seed and bootstrap resamples of its `uncertainty.sensitivity` — the numbers `dtr sensitivity` prints for the same
 * files and settings. Null when the spec declares no analysis. `data.years` is needed when the spec varies maxAge.
 */
export function indexSensitivity({
  data,
  spec,
  specName
}: {
  data: CoinData;
  spec: IndexSpec;
  specName: string;
}): IndexResults['sensitivity'] {
  const settings = spec.uncertainty?.sensitivity;
  if (!settings) return null;
  const { samples, seed, bootstrap } = settings;
  const r = runIndexSensitivity({ data, spec, specName, samples, seed, bootstrap, level: LEVEL });
  if (r.output !== 'meanAbsRankShift') throw new Error(`${specName}: expected the mean absolute rank shift`);
  return { samples, seed, bootstrap, level: LEVEL, output: r.output, runs: r.runs, inputs: r.inputs };
}
