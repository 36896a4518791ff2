import { runIndex, runUncertainty, syntheticCoinData, type SpecChoices } from '@dtr/core';
import { api } from '@dtr/core/api';
import { createEngine, type Engine } from '@dtr/core/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExplorerRun, MEASURE_SETTLED } from './explorer-run.svelte';
import { coinSubset } from './coin-subset';
import { toResult } from './to-result';

const data = syntheticCoinData({ units: 30, indicators: 10, seed: 4 });
const publishedSpec = { normalise: { method: 'minmax', range: [1, 100] }, uncertainty: { weightNoise: 0.2 } };
const draws = 200;
const seed = 3;
const weights = Object.fromEntries(data.meta.map((m) => [m.code, m.weight]));
const nominal: SpecChoices = { weights, normalise: 'minmax', aggregate: 'amean', treat: false };
const published = toResult(
  runIndex({ data, spec: { ...publishedSpec, treat: null, weights } }),
  runUncertainty({ data, spec: { ...publishedSpec, treat: null, weights }, draws, seed })
);
// The real engine on the main thread (no Worker in Node): the same api the workers run.
const mainThreadEngine = (): Engine =>
  createEngine({
    start: () => {
      throw new ReferenceError('Worker is not defined');
    },
    mainThread: async () => api
  });

/** Each time the run awaits a render: whether the ranking then had intervals. */
let renders: boolean[] = [];

// Every third unit is a small economy.
const small = data.units.map((_, u) => u % 3 === 0);

function explorerRun(engine: Engine = mainThreadEngine()) {
  renders = [];
  const run: ExplorerRun = new ExplorerRun({
    published,
    publishedSpec: { ...publishedSpec, treat: null },
    publishedChoices: nominal,
    data,
    small,
    draws,
    seed,
    engine: async () => engine,
    rendered: async () => void renders.push(run.result.interval !== null)
  });
  return run;
}

afterEach(() => performance.clearMeasures(MEASURE_SETTLED));
const settledOnce = () => vi.waitFor(() => expect(performance.getEntriesByName(MEASURE_SETTLED)).toHaveLength(1));

describe('ExplorerRun', () => {
  it('a weight change shows the index at once, then the intervals, equal to runIndex and runUncertainty', async () => {
    const run = explorerRun();
    await run.start();
    expect(run.mode).toBe('main-thread');
    const choices = { ...nominal, weights: { ...weights, I1: 6 } };
    run.apply(choices);
    expect(run.busy).toBe(true);
    await settledOnce();
    expect(renders).toEqual([false, true]);
    const spec = { ...publishedSpec, treat: null, aggregate: { method: 'amean' }, weights: choices.weights };
    expect(run.result).toEqual(toResult(runIndex({ data, spec }), runUncertainty({ data, spec, draws, seed })));
    expect(run.result.rank).not.toEqual(published.rank);
    expect(run.busy).toBe(false);
    expect(run.progress).toBeNull();
    // The change is measured from the moment it was applied until ranking and intervals were rendered.
    const measures = performance.getEntriesByName(MEASURE_SETTLED, 'measure');
    expect(measures).toHaveLength(1);
    expect(measures[0].duration).toBeGreaterThanOrEqual(0);
    // The heavier views follow one task later.
    await vi.waitFor(() => expect(run.settled).toBe(run.result));
  });

  it('the published choices bring back the published result without computing; a repeat runs nothing', async () => {
    const engine = mainThreadEngine();
    const spy = vi.spyOn(engine, 'runIndex');
    const run = explorerRun(engine);
    await run.start();
    run.apply(nominal);
    expect(run.busy).toBe(false);
    run.apply({ ...nominal, aggregate: 'hmean' });
    run.apply({ ...nominal, aggregate: 'hmean' });
    expect(spy).toHaveBeenCalledTimes(1);
    run.apply(nominal);
    await settledOnce();
    expect(run.result).toBe(published);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('the newest of two quick changes wins; the older result never shows', async () => {
    const run = explorerRun();
    await run.start();
    const seen: number[][] = [];
    const first = { ...nominal, weights: { ...weights, I1: 9 } };
    const second = { ...nominal, weights: { ...weights, I7: 9 } };
    run.apply(first);
    run.apply(second);
    await vi.waitFor(() => {
      seen.push(run.result.rank);
      expect(performance.getEntriesByName(MEASURE_SETTLED)).toHaveLength(1);
    });
    const want = runIndex({ data, spec: { ...publishedSpec, treat: null, weights: second.weights } }).rank;
    const older = runIndex({ data, spec: { ...publishedSpec, treat: null, weights: first.weights } }).rank;
    expect(Array.from(older)).not.toEqual(Array.from(want));
    expect(run.result.rank).toEqual(Array.from(want));
    expect(seen.some((r) => JSON.stringify(r) === JSON.stringify(Array.from(older)))).toBe(false);
    expect(performance.getEntriesByName(MEASURE_SETTLED)).toHaveLength(1);
  });

  it('choices that cannot be computed set a failure naming the cause and leave the last result', async () => {
    const run = explorerRun();
    await run.start();
    const p1 = data.meta.filter((m) => m.parent === 'P1').map((m) => m.code);
    run.apply({ ...nominal, weights: { ...weights, ...Object.fromEntries(p1.map((c) => [c, 0])) } });
    await vi.waitFor(() => expect(run.failure).toMatch(/^weights: aggregate P1: expected at least one child/));
    expect(run.result).toBe(published);
    expect(run.busy).toBe(false);
  });

  it('without small economies: index and intervals of the other units, exactly runIndex and runUncertainty on them', async () => {
    const run = explorerRun();
    await run.start();
    run.apply({ ...nominal, small: false });
    expect(run.busy).toBe(true);
    await settledOnce();
    const spec = { ...publishedSpec, treat: null, aggregate: { method: 'amean' }, weights };
    const others = coinSubset({ data, keep: small.map((s) => !s) });
    const index = runIndex({ data: others, spec });
    const intervals = runUncertainty({ data: others, spec, draws, seed });
    const at = (u: number) => others.units.indexOf(data.units[u]);
    data.units.forEach((_, u) => {
      if (small[u]) {
        expect(run.result.rank[u]).toBeNaN();
        expect(run.result.scores.Index[u]).toBeNull();
        expect(run.result.interval!.q95[u]).toBeNaN();
      } else {
        expect(run.result.rank[u]).toBe(index.rank[at(u)]);
        expect(run.result.interval!.q05[u]).toBe(Math.round(intervals.q05[at(u)]));
      }
    });
    expect(run.result.rank.filter(Number.isFinite)).toHaveLength(20);
    // Back to every unit: the published result, without a run.
    run.apply({ ...nominal, small: true });
    await vi.waitFor(() => expect(run.result).toBe(published));
  });

  it('a change applied before the engine started runs once it has', async () => {
    const run = explorerRun();
    run.apply({ ...nominal, aggregate: 'gmean' });
    expect(run.busy).toBe(true);
    await run.start();
    await settledOnce();
    const spec = { ...publishedSpec, treat: null, aggregate: { method: 'gmean' }, weights };
    expect(run.result.rank).toEqual(Array.from(runIndex({ data, spec }).rank));
  });

  it('on workers, the published analysis runs twice once the engine is up (results discarded), never on the main thread', async () => {
    const calls: unknown[] = [];
    const real = mainThreadEngine();
    const workers = {
      ...real,
      mode: 'workers' as const,
      size: 2,
      runIndex: real.runIndex,
      runUncertainty: (input: Parameters<Engine['runUncertainty']>[0]) => {
        calls.push(input);
        return real.runUncertainty(input);
      }
    } as Engine;
    const run = explorerRun(workers);
    await run.start();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    const spec = { ...publishedSpec, treat: null, aggregate: { method: 'amean' }, weights };
    expect(calls[1]).toEqual({ data, spec, draws, seed });
    expect(run.result).toBe(published);
    expect(performance.getEntriesByName(MEASURE_SETTLED)).toHaveLength(0);
    const onMain = mainThreadEngine();
    const spy = vi.spyOn(onMain, 'runUncertainty');
    await explorerRun(onMain).start();
    await new Promise((r) => setTimeout(r, 20));
    expect(spy).not.toHaveBeenCalled();
  });

  it('a change during the warm-up stops it: after the change, only the change runs', async () => {
    const calls: string[] = [];
    const real = mainThreadEngine();
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const workers = {
      ...real,
      mode: 'workers' as const,
      size: 2,
      runIndex: real.runIndex,
      runUncertainty: async (
        input: Parameters<Engine['runUncertainty']>[0],
        onProgress?: (d: number, t: number) => void
      ) => {
        const warm =
          JSON.stringify(input.spec) ===
          JSON.stringify({ ...publishedSpec, treat: null, aggregate: { method: 'amean' }, weights });
        calls.push(warm ? 'warm-up' : 'change');
        if (!warm) return real.runUncertainty(input, onProgress);
        // A warm-up that completes after the change (its result is never used): no further warm-up may start.
        await gate;
        return {} as Awaited<ReturnType<Engine['runUncertainty']>>;
      }
    } as Engine;
    const run = explorerRun(workers);
    await run.start();
    expect(calls).toEqual(['warm-up']);
    run.apply({ ...nominal, weights: { ...weights, I1: 6 } });
    release();
    await settledOnce();
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual(['warm-up', 'change']);
  });

  it('with inclusion alternatives in the published spec, the warm-up and a change run the intervals without them', async () => {
    const real = mainThreadEngine();
    const specs: unknown[] = [];
    const workers = {
      ...real,
      mode: 'workers' as const,
      size: 2,
      runUncertainty: (input: Parameters<Engine['runUncertainty']>[0], onProgress?: (d: number, t: number) => void) => {
        specs.push(input.spec);
        return real.runUncertainty(input, onProgress);
      }
    } as Engine;
    const declared = { ...publishedSpec, uncertainty: { weightNoise: 0.2, alternatives: { exclude: [null, 'I1'] } } };
    const run = new ExplorerRun({
      published,
      publishedSpec: { ...declared, treat: null },
      publishedChoices: nominal,
      data,
      small,
      draws,
      seed,
      engine: async () => workers,
      rendered: async () => {}
    });
    await run.start();
    await vi.waitFor(() => expect(specs).toHaveLength(2));
    run.apply({ ...nominal, weights: { ...weights, I1: 6 } });
    await settledOnce();
    expect(run.failure).toBeNull();
    expect(run.result.interval).not.toBeNull();
    for (const s of specs) expect((s as typeof declared).uncertainty).toEqual({ weightNoise: 0.2, alternatives: {} });
  });
});
