import { evaluateSobolRows } from './evaluateSobolRows.ts';
import { prepareIndexModel, type IndexModelInput } from './prepareIndexModel.ts';
import { sensitivitySettings } from './sensitivitySettings.ts';

/**
 * Sample rows [from, to) of an index sensitivity analysis, for spreading one analysis over several workers: row j
 * is point j of the seeded design, so the slabs' `y`, concatenated in row order and passed to
 * `summariseSensitivity`, give exactly what `runIndexSensitivity` gives.
 */
export function indexSensitivityRows(
  input: IndexModelInput & { samples: number; seed: number; from: number; to: number }
): { inputs: string[]; output: 'meanAbsRankShift' | 'rank'; from: number; to: number; y: Float64Array } {
  const { samples, seed } = sensitivitySettings(input);
  const m = prepareIndexModel(input);
  const from = Math.max(0, Math.min(Math.floor(input.from), samples));
  const to = Math.max(from, Math.min(Math.floor(input.to), samples));
  return { inputs: m.inputs, output: m.output, from, to, y: evaluateSobolRows({ ...m, seed, from, to }) };
}
