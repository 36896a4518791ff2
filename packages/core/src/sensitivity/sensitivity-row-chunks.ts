import { evaluateSobolRows } from './evaluate-sobol-rows.ts';
import { prepareIndexModel, type IndexModelInput } from './prepare-index-model.ts';
import { sensitivitySettings } from './sensitivity-settings.ts';
import type { SobolOptions } from './sobol-chunks.ts';

/** Sample rows [from, to) of an index sensitivity analysis: g + 2 outputs per row, in row order. */
export interface SensitivitySlab {
  inputs: string[];
  output: 'meanAbsRankShift' | 'rank';
  from: number;
  to: number;
  y: Float64Array;
}

const abortError = () => Object.assign(new Error('sensitivity run cancelled'), { name: 'AbortError' });

/**
 * Evaluates sample rows [from, to) of the seeded Saltelli design over the index model, `chunk` rows at a time,
 * yielding between chunks (progress in model runs of this slab; `shouldStop` ends it with an AbortError). Row j is
 * always point j of the design, so slabs computed anywhere, concatenated in row order, equal one run over all rows.
 */
export function* sensitivityRowChunks(
  input: IndexModelInput & { samples: number; seed: number; from: number; to: number },
  options: SobolOptions = {}
): Generator<void, SensitivitySlab> {
  const { samples, seed } = sensitivitySettings(input);
  const m = prepareIndexModel(input);
  const from = Math.max(0, Math.min(Math.floor(input.from), samples));
  const to = Math.max(from, Math.min(Math.floor(input.to), samples));
  const width = m.groups.length + 2;
  const y = new Float64Array((to - from) * width);
  const chunk = Math.max(1, Math.floor(options.chunk ?? 64));
  for (let a = from; a < to; a += chunk) {
    if (options.shouldStop?.()) throw abortError();
    const b = Math.min(to, a + chunk);
    evaluateSobolRows({ ...m, seed, from: a, to: b, out: y.subarray((a - from) * width, (b - from) * width) });
    options.onProgress?.((b - from) * width, (to - from) * width);
    yield;
  }
  if (options.shouldStop?.()) throw abortError();
  return { inputs: m.inputs, output: m.output, from, to, y };
}
