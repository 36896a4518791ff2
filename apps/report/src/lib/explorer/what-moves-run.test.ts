import { runIndexSensitivity, runUncertainty, syntheticCoinData } from '@dtr/core';
import { api } from '@dtr/core/api';
import { createEngine, type Engine } from '@dtr/core/client';
import { describe, expect, it, vi } from 'vitest';
import { WhatMovesRun } from './what-moves-run.svelte';

const data = syntheticCoinData({ units: 30, indicators: 10, seed: 6 });
const spec = {
  normalise: { method: 'minmax', range: [1, 100] },
  uncertainty: { weightNoise: 0.25, alternatives: { aggregate: [{ method: 'amean' }, { method: 'gmean' }] } }
};
const input = { data, spec, keep: null, key: 'view' };
const settings = { samples: 128, bootstrap: 200, seed: 1, chunk: 8 };
// The real engine on the main thread (no Worker in Node): the same api the workers run, chunk by chunk.
const mainThreadEngine = (): Engine =>
  createEngine({
    start: () => {
      throw new ReferenceError('Worker is not defined');
    },
    mainThread: async () => api
  });

describe('WhatMovesRun', () => {
  it('runs the sensitivity analysis of the view with progress up to 1, equal to runIndexSensitivity', async () => {
    const inner = mainThreadEngine();
    // The run's progress as it stands after each report from the engine (not sampled by a timer, which a fast
    // machine can outrun between 0 and 1).
    const seen: number[] = [];
    const engine: Engine = {
      ...inner,
      runSensitivity: (args, onProgress) =>
        inner.runSensitivity(args, (d, t) => {
          onProgress?.(d, t);
          seen.push(run.progress);
        })
    };
    const run = new WhatMovesRun({ engine: () => engine, settings });
    const done = run.start(input);
    expect(run.status).toBe('running');
    await done;
    expect(run.status).toBe('done');
    expect(run.result).toEqual({
      key: 'view',
      spec,
      value: runIndexSensitivity({ data, spec, samples: 128, bootstrap: 200, seed: 1 })
    });
    expect(seen.some((p) => p > 0 && p < 1)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('cancel stops the analysis at its next step and leaves rank intervals drawn at the same time alone', async () => {
    const inner = mainThreadEngine();
    // Chunks the engine reports after the cancel: at most the one already running (counted, not timed, so a busy
    // machine cannot fail it; 100,000 samples would otherwise run for minutes).
    let cancelled = false;
    let afterCancel = 0;
    let total = 0;
    const engine: Engine = {
      ...inner,
      runSensitivity: (args, onProgress) =>
        inner.runSensitivity(args, (d, t) => {
          total = t;
          if (cancelled) afterCancel += 1;
          onProgress?.(d, t);
        })
    };
    const run = new WhatMovesRun({ engine: () => engine, settings: { ...settings, samples: 100000 } });
    const analysis = run.start(input);
    const intervals = engine.runUncertainty({ data, spec, draws: 200, seed: 3, chunk: 50 });
    await vi.waitFor(() => expect(run.progress).toBeGreaterThan(0));
    cancelled = true;
    run.cancel();
    expect(run.status).toBe('cancelled');
    await analysis;
    expect(total).toBeGreaterThan(10);
    expect(afterCancel).toBeLessThanOrEqual(1);
    expect(run.status).toBe('cancelled');
    expect(run.result).toBeNull();
    expect(Array.from((await intervals).q95)).toEqual(
      Array.from(runUncertainty({ data, spec, draws: 200, seed: 3 }).q95)
    );
  });

  it('an error of the computation is shown as a failure, not thrown', async () => {
    const engine = mainThreadEngine();
    const run = new WhatMovesRun({ engine: () => engine, settings });
    await run.start({ ...input, spec: { normalise: { method: 'minmax', range: [1, 100] } } });
    expect(run.status).toBe('failed');
    expect(run.failure).toMatch(/expected at least one uncertain input/);
  });
});
