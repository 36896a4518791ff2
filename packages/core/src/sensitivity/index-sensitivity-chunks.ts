import type { IndexModelInput } from './prepare-index-model.ts';
import { sensitivityRowChunks } from './sensitivity-row-chunks.ts';
import { sensitivitySettings } from './sensitivity-settings.ts';
import type { SobolOptions } from './sobol-chunks.ts';
import { summariseSensitivity, type IndexSensitivityResult } from './summarise-sensitivity.ts';

export interface IndexSensitivityInput extends IndexModelInput {
  /** N: rows of the A and B matrices (2 … 100,000). */
  samples: number;
  seed: number;
  /** Bootstrap resamples for the intervals (default 1000). */
  bootstrap?: number;
  /** Interval level (default 0.95). */
  level?: number;
}

/**
 * Variance-based sensitivity of the ranking to each uncertain input of the spec, a chunk of sample rows at a time
 * (yielding between chunks, for progress and cancellation in a worker).
 * @see Saltelli, A. et al. (2010) Comput. Phys. Commun. 181, 259–270; Jansen, M. J. W. (1999) Comput. Phys. Commun.
 * 117, 35–43; OECD/JRC (2008) Handbook on Constructing Composite Indicators, step 7 (uncertainty and sensitivity).
 */
export function* indexSensitivityChunks(
  input: IndexSensitivityInput,
  options: SobolOptions = {}
): Generator<void, IndexSensitivityResult> {
  const settings = sensitivitySettings(input);
  const slab = yield* sensitivityRowChunks({ ...input, from: 0, to: settings.samples }, options);
  return summariseSensitivity({ ...settings, inputs: slab.inputs, output: slab.output, unit: input.unit, y: slab.y });
}
