import type { SobolOptions } from './sobolChunks.ts';
import { indexSensitivityChunks, type IndexSensitivityInput } from './indexSensitivityChunks.ts';
import type { IndexSensitivityResult } from './summariseSensitivity.ts';

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
