import { sobolIndices } from './sobol-indices.ts';

export interface SensitivityInputRow {
  /** An `uncertainty.alternatives` path, or "weights". */
  input: string;
  first: number;
  total: number;
  firstCI: [number, number];
  totalCI: [number, number];
}

export interface IndexSensitivityResult {
  output: 'meanAbsRankShift' | 'rank';
  /** The unit whose rank is the output (only when output is "rank"). */
  unit?: string;
  /** Index runs: samples · (inputs + 2). */
  runs: number;
  inputs: SensitivityInputRow[];
}

/**
 * Sobol indices of the index from its outputs over a Saltelli design (`y` as `evaluateSobolRows` lays it out, e.g.
 * slabs of rows from several workers concatenated in row order), labelled by input.
 */
export function summariseSensitivity({
  inputs,
  output,
  unit,
  y,
  samples,
  seed,
  bootstrap,
  level
}: {
  inputs: string[];
  output: IndexSensitivityResult['output'];
  unit?: string;
  y: Float64Array;
  samples: number;
  seed: number;
  bootstrap: number;
  level: number;
}): IndexSensitivityResult {
  const indices = sobolIndices({ y, n: samples, g: inputs.length, bootstrap, seed, level });
  return {
    output,
    ...(output === 'rank' ? { unit } : {}),
    runs: y.length,
    inputs: inputs.map((input, i) => ({ input, ...indices[i] }))
  };
}
