import type { ExplorerData } from './types';
import type { WhatMovesResult, WhatMovesSettings } from './what-moves-run.svelte';

/**
 * "What moves the ranking" as the edition build published it, for the published view (`key`: its ViewInput key), and
 * the settings a live run uses so that its numbers are comparable: the published samples, seed and bootstrap
 * resamples. Null result when the edition published no sensitivity analysis; the defaults then stay.
 */
export function publishedWhatMoves({
  data,
  key,
  defaults
}: {
  data: Pick<ExplorerData, 'spec' | 'sensitivity'>;
  key: string;
  defaults: WhatMovesSettings;
}): { result: WhatMovesResult | null; settings: WhatMovesSettings } {
  const s = data.sensitivity;
  if (!s) return { result: null, settings: defaults };
  return {
    result: { key, spec: data.spec, value: { output: s.output, runs: s.runs, inputs: s.inputs } },
    settings: { ...defaults, samples: s.samples, seed: s.seed, bootstrap: s.bootstrap }
  };
}
