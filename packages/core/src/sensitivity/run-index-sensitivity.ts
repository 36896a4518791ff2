import { indexSensitivityChunks, type IndexSensitivityInput } from './index-sensitivity-chunks.ts';
import type { IndexSensitivityResult } from './summarise-sensitivity.ts';

/** `indexSensitivityChunks` run to the end in one go (Node, CLI). */
export function runIndexSensitivity(input: IndexSensitivityInput): IndexSensitivityResult {
  const it = indexSensitivityChunks(input);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}
