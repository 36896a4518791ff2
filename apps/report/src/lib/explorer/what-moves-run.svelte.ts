import type { IndexSensitivityResult } from '@dtr/core';
import type { Engine } from '@dtr/core/client';
import type { ViewInput } from './view-input';

/** Sample size, bootstrap resamples and seed of the explorer's sensitivity analysis, and rows per worker step. */
export interface WhatMovesSettings {
  samples: number;
  bootstrap: number;
  seed: number;
  chunk: number;
}

/** 4,096 Saltelli samples: 24,576 index runs for four inputs, about a second on two workers. */
export const whatMovesSettings: WhatMovesSettings = { samples: 4096, bootstrap: 1000, seed: 1, chunk: 64 };

/** One finished analysis and the view it was run for. */
export interface WhatMovesResult {
  /** The view's `ViewInput.key`: a result is shown only while the view is the same. */
  key: string;
  spec: Record<string, unknown>;
  value: IndexSensitivityResult;
}

const isAbort = (e: unknown) => e instanceof Error && e.name === 'AbortError';

/**
 * The run state of "what moves the ranking": started on request for a view, in the engine's workers, with progress
 * (share of index runs done) and cancellation; a newer start supersedes a running one. Cancelling stops only the
 * sensitivity analysis, never the rank intervals the explorer may be drawing at the same time.
 */
export class WhatMovesRun {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed' = $state('idle');
  /** Share of the index runs done (0–1) while running. */
  progress = $state(0);
  /** The last finished analysis (kept through a later cancel or failure). */
  result: WhatMovesResult | null = $state.raw(null);
  failure: string | null = $state(null);

  readonly #engine: () => Engine | null;
  readonly #settings: WhatMovesSettings;
  #seq = 0;

  constructor({ engine, settings = whatMovesSettings }: { engine: () => Engine | null; settings?: WhatMovesSettings }) {
    this.#engine = engine;
    this.#settings = settings;
  }

  /** Runs the analysis for a view (its data and spec); resolves when it has finished, failed or been cancelled. */
  async start(input: ViewInput): Promise<void> {
    const engine = this.#engine();
    const mine = ++this.#seq;
    this.status = 'running';
    this.progress = 0;
    this.failure = null;
    try {
      if (!engine) throw new Error('the engine has not started');
      const { samples, bootstrap, seed, chunk } = this.#settings;
      const value = await engine.runSensitivity(
        { data: input.data, spec: input.spec, samples, bootstrap, seed, chunk },
        (done, total) => {
          if (mine === this.#seq && this.status === 'running') this.progress = done / total;
        }
      );
      if (mine !== this.#seq) return;
      this.result = { key: input.key, spec: input.spec, value };
      this.status = 'done';
    } catch (e) {
      if (mine !== this.#seq) return;
      if (isAbort(e)) {
        this.status = 'cancelled';
        return;
      }
      this.failure = e instanceof Error ? e.message : String(e);
      this.status = 'failed';
    }
  }

  /** Stops a running analysis (the workers stop at their next step). */
  cancel(): void {
    if (this.status !== 'running') return;
    this.#seq++;
    this.status = 'cancelled';
    this.#engine()?.cancel({ only: 'sensitivity' });
  }
}
