import type { UncertaintyInput } from './prepare-uncertainty.ts';
import { uncertaintyChunks, type UncertaintyOptions, type UncertaintyResult } from './uncertainty-chunks.ts';

/** The same analysis, awaiting `options.pause` between chunks so a worker stays responsive and cancellable. */
export async function runUncertaintyAsync(
  input: UncertaintyInput,
  options: UncertaintyOptions = {}
): Promise<UncertaintyResult> {
  const it = uncertaintyChunks(input, options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
    await options.pause?.();
  }
}
