import type { SobolOptions } from './sobol-chunks.ts';
import { indexSensitivityChunks, type IndexSensitivityInput } from './index-sensitivity-chunks.ts';
import type { IndexSensitivityResult } from './summarise-sensitivity.ts';

/** The same analysis, awaiting `options.pause` between chunks so a worker stays responsive and cancellable. */
export async function runIndexSensitivityAsync(
  input: IndexSensitivityInput,
  options: SobolOptions & { pause?: () => Promise<void> } = {}
): Promise<IndexSensitivityResult> {
  const it = indexSensitivityChunks(input, options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
    await options.pause?.();
  }
}
