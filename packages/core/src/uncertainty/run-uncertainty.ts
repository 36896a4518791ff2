import type { UncertaintyInput } from './prepare-uncertainty.ts';
import { uncertaintyChunks, type UncertaintyOptions, type UncertaintyResult } from './uncertainty-chunks.ts';

/** Synchronous uncertainty analysis, for Node and the CLI. */
export function runUncertainty(input: UncertaintyInput, options: UncertaintyOptions = {}): UncertaintyResult {
  const it = uncertaintyChunks(input, options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}
