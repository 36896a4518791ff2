import { sobolChunks, type SobolInput, type SobolResult } from './sobol-chunks.ts';

/** `sobolChunks` run to the end in one go (Node, CLI, tests). */
export function sobolSensitivity(input: SobolInput): SobolResult {
  const it = sobolChunks(input);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}
