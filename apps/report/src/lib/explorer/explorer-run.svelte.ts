import { monteCarloSpec, type CoinData, type SpecChoices } from '@dtr/core';
import type { Engine, EngineMode } from '@dtr/core/client';
import { tick } from 'svelte';
import { expandResult } from './expand-result';
import { toResult } from './to-result';
import type { ExplorerResult } from './types';
import { viewInput, type ViewChoices, type ViewInput } from './view-input';

/** User Timing names: a change applied, its index shown, its intervals shown, and the measure between them. */
export const MARK_CHANGE = 'dtr:explorer:change';
export const MARK_INDEX = 'dtr:explorer:index';
export const MEASURE_SETTLED = 'dtr:explorer:settled';

export interface ExplorerRunOptions {
  /** The published results (prerendered), the spec they came from and the choices that reproduce it. */
  published: ExplorerResult;
  publishedSpec: Record<string, unknown>;
  publishedChoices: SpecChoices;
  data: CoinData;
  /** Per unit of `data`: a small economy (the edition's Size_group), left out when the choices say `small: false`. */
  small?: boolean[];
  draws: number;
  seed: number;
  /** Resolves to the engine the runs use (the page imports `@dtr/core/client` lazily and calls `createEngine`). */
  engine: () => Promise<Engine>;
  /** Resolves once the DOM shows the latest state (svelte's `tick` by default). */
  rendered?: () => Promise<void>;
  /**
   * Runs of the published analysis the workers make, results discarded, once the engine has started and until the
   * reader changes something (default 2): a fresh worker runs the draws 4–8 times slower until its JIT has compiled
   * them (500 draws: 110 ms, then 70, 30, 18, 13 ms), so without this the reader's first changes pay for it.
   */
  warmups?: number;
}

const isAbort = (e: unknown) => e instanceof Error && e.name === 'AbortError';

/**
 * The explorer's run state: the reader's choices go in through `apply`; the result (index first, then rank intervals),
 * whether a run is under way and any failure come out. The newest choice always wins: an older run's result is
 * dropped and its uncertainty analysis aborted. Each change is timed with the User Timing API: a `dtr:explorer:change`
 * mark when applied, `dtr:explorer:index` when its index is rendered and the `dtr:explorer:settled` measure from the
 * change until its ranking and intervals are rendered.
 */
export class ExplorerRun {
  /** What the ranking and position show: the newest result, without intervals until its analysis is in. */
  result: ExplorerResult = $state.raw() as ExplorerResult;
  /** The newest result that no run is still changing, one task later: the heavier views (map, tables) follow this. */
  settled: ExplorerResult = $state.raw() as ExplorerResult;
  /** The index of the newest choices has not arrived yet. */
  busy = $state(false);
  /** Share of the uncertainty draws done (0–1) while the analysis runs, else null. */
  progress: number | null = $state(null);
  failure: string | null = $state(null);
  /** Null until the engine has started; then where it computes. */
  mode: EngineMode | null = $state(null);

  readonly #options: ExplorerRunOptions;
  readonly #publishedKey: string;
  #engine: Engine | null = null;
  #seq = 0;
  /** The spec of the newest choices applied (a repeat of them, or a change of what is only shown, runs nothing). */
  #appliedKey = '';
  #waiting: ViewChoices | null = null;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ExplorerRunOptions) {
    this.#options = options;
    this.result = this.settled = options.published;
    this.#publishedKey = this.#input(options.publishedChoices).key;
  }

  /** The engine once started (the "what moves the ranking" analysis runs on the same pool), else null. */
  get engine(): Engine | null {
    return this.#engine;
  }

  #input(choices: ViewChoices): ViewInput {
    const { data, small, publishedSpec } = this.#options;
    return viewInput({ data, small: small ?? data.units.map(() => false), publishedSpec, choices });
  }

  /** Starts the engine (browser only); a choice applied before it was ready runs now. */
  async start(): Promise<void> {
    const engine = await this.#options.engine();
    this.#engine = engine;
    this.#appliedKey = this.#publishedKey;
    this.mode = engine.mode;
    if (this.#waiting) this.apply(this.#waiting);
    else void this.#warm();
  }

  /** The published analysis, `warmups` times on the workers (never on the main thread), while nothing else runs. */
  async #warm(): Promise<void> {
    const { draws, seed, publishedChoices, warmups = 2 } = this.#options;
    const engine = this.#engine;
    const mine = this.#seq;
    if (!engine || engine.mode !== 'workers') return;
    const { data, spec } = this.#input(publishedChoices);
    for (let i = 0; i < warmups && mine === this.#seq && engine.mode === 'workers'; i++) {
      try {
        // The intervals' spec, as a reader's change runs it: the full published spec would be refused (exclude, maxAge).
        await engine.runUncertainty({ data, spec: monteCarloSpec({ spec }), draws, seed });
      } catch {
        return;
      }
    }
  }

  stop(): void {
    clearTimeout(this.#settleTimer);
    this.#seq++;
    this.#appliedKey = '';
    this.#engine?.terminate();
    this.#engine = null;
  }

  /**
   * Recomputes for the reader's choices (with `small: false`, on the units that are not small economies, the others
   * left unranked); the published choices bring back the published result without a run.
   */
  apply(choices: ViewChoices): void {
    const input = this.#input(choices);
    const key = input.key;
    if (!this.#engine) {
      this.#waiting = choices;
      this.busy = key !== this.#publishedKey;
      return;
    }
    if (key === this.#appliedKey) return;
    this.#appliedKey = key;
    this.#waiting = null;
    const mine = ++this.#seq;
    const start = performance.mark(MARK_CHANGE).startTime;
    this.busy = true;
    this.failure = null;
    void this.#run(mine, input, key === this.#publishedKey, start);
  }

  async #run(mine: number, input: ViewInput, isPublished: boolean, start: number): Promise<void> {
    const engine = this.#engine as Engine;
    const current = () => mine === this.#seq;
    if (isPublished) {
      engine.cancel({ only: 'uncertainty' });
      this.progress = null;
      await this.#show(mine, this.#options.published, start);
      return;
    }
    const { draws, seed } = this.#options;
    const { data, spec, keep } = input;
    const shown = (r: ExplorerResult) => (keep ? expandResult({ result: r, keep }) : r);
    // Index and analysis are asked for at once: the workers draw while the page renders the index.
    const indexRun = engine.runIndex({ data, spec });
    // The intervals vary every declared input but indicator inclusion and recency, as the published ones do.
    const analysis = engine.runUncertainty(
      { data, spec: monteCarloSpec({ spec }), draws, seed, chunk: 50 },
      (done, total) => {
        if (current() && this.progress !== null) this.progress = done / total;
      }
    );
    analysis.catch(() => {});
    try {
      const index = await indexRun;
      if (!current()) return;
      this.mode = engine.mode;
      this.result = shown(toResult(index, null));
      this.busy = false;
      this.progress = 0;
      await this.#rendered();
      if (current()) performance.mark(MARK_INDEX);
      const unc = await analysis;
      if (!current()) return;
      this.mode = engine.mode;
      this.progress = null;
      await this.#show(mine, shown(toResult(index, unc)), start);
    } catch (e) {
      if (!current() || isAbort(e)) return;
      this.mode = engine.mode;
      // The nominal index may have run and an alternative of the analysis not (e.g. a geometric mean of a zero).
      this.failure = e instanceof Error ? e.message : String(e);
      this.busy = false;
      this.progress = null;
    }
  }

  /** Shows a final result (ranking and intervals), measures the change, and hands it to the heavier views a task later. */
  async #show(mine: number, result: ExplorerResult, start: number): Promise<void> {
    this.result = result;
    this.busy = false;
    await this.#rendered();
    if (mine !== this.#seq) return;
    performance.measure(MEASURE_SETTLED, { start, end: performance.now() });
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => {
      if (mine === this.#seq) this.settled = result;
    }, 0);
  }

  #rendered(): Promise<void> {
    return (this.#options.rendered ?? tick)();
  }
}
