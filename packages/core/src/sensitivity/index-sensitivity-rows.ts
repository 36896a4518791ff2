import type { IndexModelInput } from './prepare-index-model.ts';
import { sensitivityRowChunks, type SensitivitySlab } from './sensitivity-row-chunks.ts';

/**
 * Sample rows [from, to) of an index sensitivity analysis in one go, for spreading one analysis over several
 * workers: the slabs' `y`, concatenated in row order and passed to `summariseSensitivity`, give exactly what
 * `runIndexSensitivity` gives.
 */
export function indexSensitivityRows(
  input: IndexModelInput & { samples: number; seed: number; from: number; to: number }
): SensitivitySlab {
  const it = sensitivityRowChunks(input);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}
