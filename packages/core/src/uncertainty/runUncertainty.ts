import type { UncertaintyInput } from './prepareUncertainty.ts';
import { uncertaintyChunks, type UncertaintyOptions, type UncertaintyResult } from './uncertaintyChunks.ts';

/** Synchronous uncertainty analysis, for Node and the CLI. */
export function runUncertainty(input: UncertaintyInput, options: UncertaintyOptions = {}): UncertaintyResult {
  const it = uncertaintyChunks(input, options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}
